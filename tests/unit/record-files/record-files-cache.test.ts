import { linkSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRecordFiles, type RecordFileInputs } from '../../../src/build/record-files.ts';
import type { MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import { SourceRecordStore } from '../../../src/ingest/marc/source-record-store.ts';
import { sourceRecordKey } from '../../../src/ingest/pipeline.ts';
import { ingestSample } from '../archive/sample-ingest.ts';

let scratch = '';
let inputs: RecordFileInputs;
let uncached: Map<string, string>;

/** Every file of a built r/ folder, by name. */
async function downloads(outDir: string): Promise<Map<string, string>> {
  const names = (await readdir(join(outDir, 'r'))).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(outDir, 'r', name), 'utf8')] as const)));
}

/** The inputs with one member's source record given a new title. */
function withRetitledMember(key: string): RecordFileInputs {
  const original = inputs.sourceRecords.get(key)!;
  const retitled: MarcRecord = {
    ...original,
    fields: original.fields.map((field) => (field.tag === '245' && 'subfields' in field ? { ...field, subfields: [{ code: 'a', value: 'عنوان جديد' }] } : field)),
  };
  const sourceRecords = new SourceRecordStore();
  for (const [storedKey, record] of inputs.sourceRecords) sourceRecords.add(storedKey, storedKey === key ? retitled : record);
  return { ...inputs, sourceRecords };
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'fihris-record-files-'));
  const ingest = await ingestSample();
  inputs = {
    records: ingest.unionRecords,
    sourceRecords: ingest.sourceRecords,
    holdingsTagOf: new Map(),
    siteUrl: 'https://example.org/',
  };
  await writeRecordFiles(join(scratch, 'uncached'), inputs);
  uncached = await downloads(join(scratch, 'uncached'));
});
afterAll(async () => { await rm(scratch, { recursive: true, force: true }); });

describe('writeRecordFiles', () => {
  it('links each record page from its citations when the site URL is known', () => {
    const record = inputs.records[0];
    expect(uncached.get(`${record.id}.ris`)).toContain(`https://example.org/r/${record.id}.html`);
    expect(uncached.get(`${record.id}.bib`)).toContain(`https://example.org/r/${record.id}.html`);
  });
});

describe('writeRecordFiles with a cache', () => {
  it('writes downloads byte for byte equal to those written without one', async () => {
    const summary = await writeRecordFiles(join(scratch, 'cold'), { ...inputs, cacheDir: join(scratch, 'equal-cache') });
    expect(summary).toEqual({ files: uncached.size, written: uncached.size, fromCache: 0, kept: 0, pruned: 0 });
    expect(await downloads(join(scratch, 'cold'))).toEqual(uncached);
  });

  it('takes every download of an unchanged rebuild from the cache, as links to the cached files', async () => {
    const cacheDir = join(scratch, 'warm-cache');
    await writeRecordFiles(join(scratch, 'warm-1'), { ...inputs, cacheDir });
    const summary = await writeRecordFiles(join(scratch, 'warm-2'), { ...inputs, cacheDir });
    expect(summary).toEqual({ files: uncached.size, written: 0, fromCache: uncached.size, kept: 0, pruned: 0 });
    expect(await downloads(join(scratch, 'warm-2'))).toEqual(uncached);
    const first = [...uncached.keys()][0];
    expect(statSync(join(scratch, 'warm-2', 'r', first)).ino).toBe(statSync(join(scratch, 'warm-1', 'r', first)).ino);
  });

  it('writes again only the downloads of the record whose member changed', async () => {
    const cacheDir = join(scratch, 'change-cache');
    const outDir = join(scratch, 'change');
    await writeRecordFiles(outDir, { ...inputs, cacheDir });
    const changed = inputs.records.find((record) => record.members.length > 1) ?? inputs.records[0];
    const key = sourceRecordKey(changed.members[changed.members.length - 1]);
    const holders = inputs.records.filter((record) => record.members.some((member) => sourceRecordKey(member) === key));

    const summary = await writeRecordFiles(outDir, { ...withRetitledMember(key), cacheDir });

    expect(holders.map((record) => record.id)).toEqual([changed.id]);
    expect(summary).toEqual({ files: uncached.size, written: 4, fromCache: uncached.size - 4, kept: 0, pruned: 4 });
    const rebuilt = await downloads(outDir);
    const differing = [...rebuilt.keys()].filter((name) => rebuilt.get(name) !== uncached.get(name));
    expect(differing).toEqual([`${changed.id}.mrk`, `${changed.id}.xml`]);
    expect(rebuilt.get(`${changed.id}.mrk`)).toContain('عنوان جديد');
  });

  it('replaces a changed download rather than rewriting it, so another name for the old file keeps its bytes', async () => {
    const cacheDir = join(scratch, 'replace-cache');
    const outDir = join(scratch, 'replace');
    await writeRecordFiles(outDir, { ...inputs, cacheDir });
    const changed = inputs.records[0];
    const xml = join(outDir, 'r', `${changed.id}.xml`);
    linkSync(xml, join(scratch, 'other-name.xml'));

    await writeRecordFiles(outDir, { ...withRetitledMember(sourceRecordKey(changed.members[0])), cacheDir });

    expect(await readFile(join(scratch, 'other-name.xml'), 'utf8')).toBe(uncached.get(`${changed.id}.xml`));
    expect(await readFile(xml, 'utf8')).toContain('عنوان جديد');
  });
});
