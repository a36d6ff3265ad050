/**
 * A rebuild into the output folder the last build left keeps the pages and downloads whose
 * cache key is unchanged (src/build/output-ledger.ts) and must still make the site a build
 * into an empty folder makes: the same files, the same bytes, and none of the last build's
 * files that no longer belong (a record one library withdrew). The files kept are the
 * page cache's own files under a second name: the rebuild must not write into them, nor into
 * the ones it replaces.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, linkSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesWithBytes, scratchFolders } from '../support/scratch-folders.ts';

const scratch = scratchFolders('fihris-kept-output-');

function build(contentDir: string, outDir: string, cache: string[]): string {
  const run = spawnSync(process.execPath, ['scripts/fihris.ts', 'build', '--content', contentDir, '--out', outDir, '--registry', 'content/registry/union-ids.tsv', ...cache], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`fihris build failed (exit ${run.status}):\n${run.stderr}`);
  return run.stderr;
}

/** The folders under `dir`, by their path from it: an emptied folder left behind shows here. */
function folders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory())
    .map((e) => join(e.parentPath, e.name).slice(dir.length)).sort();
}

type UnionLine = { id: string; members: Array<{ libraryCode: string; controlNumber: string }> };

let withdrawnId: string;
let kept: string;
let keptFiles: Map<string, string>;
let keptFolders: string[];
let afterOtherBuild: Map<string, string>;
let afterOtherBuildLog: string;
let fresh: string;
let rebuildLog: string;
let witnessBefore: Map<string, string>;
let witnessAfter: Map<string, string>;

beforeAll(() => {
  const before = join(scratch(), 'content');
  const after = join(scratch(), 'content');
  cpSync('content', before, { recursive: true });
  cpSync('content', after, { recursive: true });

  kept = join(scratch(), 'site');
  const pageCache = join(scratch(), 'page-cache');
  build(before, kept, ['--page-cache', pageCache]);
  // One library re-deposits its spreadsheet without the row of a book no other library holds.
  const union: UnionLine[] = readFileSync(join(kept, 'data', 'union.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
  const ownOnly = union.find((record) => record.members.length === 1 && record.members[0].libraryCode === 'bahla-community')!;
  withdrawnId = ownOnly.id;
  const sheet = join(after, 'libraries', 'bahla-community', 'fihris-bahla.csv');
  const rows = readFileSync(sheet, 'utf8').split('\n');
  writeFileSync(sheet, rows.filter((row) => !row.startsWith(`${ownOnly.members[0].controlNumber},`)).join('\n'));

  // A second name for every cached page and download (the site's kept files are the same
  // files): the rebuild prunes the cache entries it no longer uses, and a write into one of
  // them before that would still show here.
  const witness = scratch();
  let named = 0;
  for (const dir of [pageCache, `${pageCache}-downloads`]) {
    for (const path of filesWithBytes(dir).keys()) linkSync(dir + path, join(witness, String(named++)));
  }
  witnessBefore = filesWithBytes(witness);
  rebuildLog = build(after, kept, ['--page-cache', pageCache]);
  witnessAfter = filesWithBytes(witness);
  keptFiles = filesWithBytes(kept);
  keptFolders = folders(kept);
  fresh = join(scratch(), 'site');
  build(after, fresh, ['--no-page-cache']);

  // Another build writes into the folder without the cache (and without its ledger), then a
  // build with the cache again: the ledger no longer describes the folder.
  build(before, kept, ['--no-page-cache']);
  afterOtherBuildLog = build(after, kept, ['--page-cache', pageCache]);
  afterOtherBuild = filesWithBytes(kept);
}, 300_000);

describe('a rebuild into the last build\'s output folder', () => {
  test('keeps the unchanged pages and downloads where they are', () => {
    const keptLine = /record, listing and acquisition pages: (\d+) \((\d+) rendered, (\d+) from the page cache, (\d+) of them left in place\)/.exec(rebuildLog);
    expect(keptLine).not.toBeNull();
    const [, pages, rendered, , leftInPlace] = keptLine!.map(Number);
    expect(rendered).toBeGreaterThan(0);
    expect(leftInPlace).toBeGreaterThan(pages / 2);
    expect(rebuildLog).toMatch(/record downloads: \d+ files \(.*, [1-9]\d* of them left in place\)/);
  });

  test('makes the same files with the same bytes as a build into an empty folder', () => {
    const theirs = filesWithBytes(fresh);
    expect([...keptFiles.keys()]).toEqual([...theirs.keys()]);
    expect([...keptFiles].filter(([path, bytes]) => theirs.get(path) !== bytes).map(([path]) => path)).toEqual([]);
    expect(keptFolders).toEqual(folders(fresh));
  });

  test('no longer holds the downloads of the withdrawn record', () => {
    expect(keptFiles.has(`/r/${withdrawnId}.ris`)).toBe(false);
    expect(rebuildLog).toMatch(/[1-9]\d* pages and downloads of the last build no longer in the site, deleted/);
  });

  test('writes into none of the files the last build left, cached or pruned since', () => {
    expect(witnessBefore.size).toBeGreaterThan(100);
    expect([...witnessAfter].filter(([name, bytes]) => witnessBefore.get(name) !== bytes).map(([name]) => name)).toEqual([]);
  });
});

describe('a rebuild after another build wrote into the folder without the ledger', () => {
  test('keeps nothing of it and makes the site a build into an empty folder makes', () => {
    expect(afterOtherBuildLog).not.toMatch(/kept where unchanged/);
    const theirs = filesWithBytes(fresh);
    expect([...afterOtherBuild.keys()]).toEqual([...theirs.keys()]);
    expect([...afterOtherBuild].filter(([path, bytes]) => theirs.get(path) !== bytes).map(([path]) => path)).toEqual([]);
  });
});
