/**
 * The record pages' and downloads' keys take a record's JSON hash from the staging of
 * union.jsonl: it must be the hash of the very line written, and a record never staged is
 * serialised for it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { unionJsonLines } from '../../../src/ingest/emit/union-jsonl.ts';
import { recordJsonHash } from '../../../src/ingest/record-json-hash.ts';
import { syntheticUnionRecords } from '../../fixtures/search-index/synthetic-union-records.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('recordJsonHash', () => {
  test('is the hash of the line union.jsonl holds for the record', () => {
    const records = [...syntheticUnionRecords({ records: 20, tailWords: 20 })];
    const lines = [...unionJsonLines(records)];
    expect(records.map(recordJsonHash)).toEqual(lines.map(sha256));
  });

  test('serialises a record that was never staged, and tells two records apart', () => {
    const [record, other] = syntheticUnionRecords({ records: 2, tailWords: 5, seed: 7 });
    expect(recordJsonHash(record)).toBe(sha256(JSON.stringify(record)));
    expect(recordJsonHash(other)).not.toBe(recordJsonHash(record));
  });
});
