import type { UnionRecord } from '../../shared/catalog-schema.ts';

/**
 * data/union.jsonl: one union record per line, the bulk download and what tests check.
 * Keys keep the schema's order so that two builds of the same input are byte-identical.
 */
export function* unionJsonLines(records: Iterable<UnionRecord>): Generator<string> {
  for (const record of records) yield JSON.stringify(record);
}
