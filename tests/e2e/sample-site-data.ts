/** Reads the built site's own bulk data, so tests choose their cases from what was built. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unionRecordSchema, type UnionRecord } from '../../src/shared/catalog-schema.ts';

export function readUnionRecords(siteDir: string): UnionRecord[] {
  return readFileSync(join(siteDir, 'data', 'union.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => unionRecordSchema.parse(JSON.parse(line)));
}

/** Codes of the libraries that hold a union record, sorted. */
export function holdingLibraries(record: UnionRecord): string[] {
  return [...new Set(record.holdings.map((h) => h.libraryCode))].sort();
}
