import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { oaiIdentifier, writeOaiStaticRepositories } from '../../../src/archive/oai-static-repository.ts';
import { unionMarcRecord } from '../../../src/archive/union-marc.ts';
import type { IngestResult } from '../../../src/ingest/pipeline.ts';
import { ingestSample } from './sample-ingest.ts';

const siteUrl = 'https://catalogue.example.om/fihris/';
let ingest: IngestResult;
let outDir: string;
let written: string[];

beforeAll(async () => {
  ingest = await ingestSample();
  outDir = await mkdtemp(join(tmpdir(), 'fihris-oai-'));
  written = await writeOaiStaticRepositories(outDir, ingest.unionRecords, {
    siteUrl, datestamp: '2025-01-02', adminEmails: ['ill@example.om'],
    unionMarc: (record) => unionMarcRecord(record, ingest.sourceRecords)?.record,
  }, 50);
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: false, parseTagValue: false, isArray: (name) => ['ListRecords', 'oai:record', 'oai:metadataFormat', 'dc:identifier', 'marc:datafield', 'marc:subfield'].includes(name) });
const repositories = () => written.filter((p) => p.endsWith('.xml')).map((p) => ({ path: p, xml: readFileSync(join(outDir, p), 'utf8') }));

describe('OAI-PMH static repositories', () => {
  test('are cut into files of at most the given number of records, in id order, and listed for the gateway', () => {
    const parts = Math.ceil(ingest.unionRecords.length / 50);
    expect(written).toEqual([...Array.from({ length: parts }, (_, i) => `oai/static-repository-${i + 1}.xml`), 'oai/static-repositories.txt']);
    expect(readFileSync(join(outDir, 'oai/static-repositories.txt'), 'utf8').split('\n')[0]).toBe(`${siteUrl}oai/static-repository-1.xml`);
  });

  test('are well-formed XML with Identify, ListMetadataFormats and one ListRecords per format', () => {
    for (const { path, xml } of repositories()) {
      expect({ path, valid: XMLValidator.validate(xml) }).toEqual({ path, valid: true });
      const repository = parser.parse(xml).Repository;
      expect(repository['@_xmlns']).toBe('http://www.openarchives.org/OAI/2.0/static-repository');
      expect(repository.Identify['oai:protocolVersion']).toBe('2.0');
      expect(repository.Identify['oai:granularity']).toBe('YYYY-MM-DD');
      expect(repository.Identify['oai:baseURL']).toBe(`${siteUrl}${path}`);
      expect(repository.ListMetadataFormats['oai:metadataFormat'].map((f: Record<string, string>) => f['oai:metadataPrefix'])).toEqual(['oai_dc', 'marc21']);
      expect(repository.ListRecords.map((l: Record<string, string>) => l['@_metadataPrefix'])).toEqual(['oai_dc', 'marc21']);
    }
  });

  test('list every union record once in each metadata format', () => {
    const want = ingest.unionRecords.map((r) => oaiIdentifier(siteUrl, r.id)).sort();
    for (const format of [0, 1]) {
      const got = repositories().flatMap(({ xml }) => parser.parse(xml).Repository.ListRecords[format]['oai:record'].map((r: any) => r['oai:header']['oai:identifier']));
      expect(got.sort()).toEqual(want);
    }
  });

  test('give oai_dc the title, the record page URL and the ISBNs', () => {
    const record = ingest.unionRecords.find((r) => r.description.identifiers.isbn.length > 0)!;
    const all = repositories().flatMap(({ xml }) => parser.parse(xml).Repository.ListRecords[0]['oai:record']);
    const found = all.find((r: any) => r['oai:header']['oai:identifier'] === `oai:catalogue.example.om:${record.id}`);
    const dc = found['oai:metadata']['oai_dc:dc'];
    expect(String(dc['dc:title'])).toContain(record.description.title.proper);
    expect(dc['dc:identifier']).toEqual([`${siteUrl}r/${record.id}.html`, ...record.description.identifiers.isbn.map((i) => `urn:isbn:${i}`)]);
  });

  test('give marc21 the union record with the permanent id in 001 and 035', () => {
    const record = ingest.unionRecords[0];
    const all = repositories().flatMap(({ xml }) => parser.parse(xml).Repository.ListRecords[1]['oai:record']);
    const found = all.find((r: any) => r['oai:header']['oai:identifier'] === oaiIdentifier(siteUrl, record.id));
    const marc = found['oai:metadata']['marc:record'];
    expect(marc['@_xmlns:marc']).toBe('http://www.loc.gov/MARC21/slim');
    expect([marc['marc:controlfield']].flat().find((f: any) => f['@_tag'] === '001')['#text']).toBe(record.id);
    const ids = marc['marc:datafield'].filter((f: any) => f['@_tag'] === '035').flatMap((f: any) => f['marc:subfield'].map((s: any) => s['#text']));
    expect(ids).toContain(`(FIHRIS)${record.id}`);
  });
});
