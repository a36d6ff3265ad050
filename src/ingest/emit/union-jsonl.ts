import type { UnionRecord } from '../../shared/catalog-schema.ts';
import { recordJson } from '../record-json-hash.ts';

/**
 * data/union.jsonl: one union record per line, the bulk download and what tests check.
 * Keys keep the schema's order so that two builds of the same input are byte-identical. Each
 * line's hash is kept (recordJsonHash) for the page keys and the downloads' keys.
 */
export function* unionJsonLines(records: Iterable<UnionRecord>): Generator<string> {
  for (const record of records) yield recordJson(record);
}
