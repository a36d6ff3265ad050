import { describe, expect, test } from 'vitest';
import type { MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import { validateRecord } from '../../../src/ingest/validate/validate-record.ts';

const leader = '00000nam a2200000 a 4500';
const withTitle = (...titles: string[]): MarcRecord => ({
  leader,
  fields: [{ tag: '001', value: '1' }, ...titles.map((title) => ({ tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: title }] }))],
});

describe('validateRecord', () => {
  test('accepts a record with an Arabic title', () => {
    expect(validateRecord(withTitle('تاريخ عمان'))).toEqual([]);
  });

  test('rejects a record without a 245', () => {
    expect(validateRecord(withTitle())).toEqual([{ code: 'validate.missing-title', severity: 'error', tag: '245' }]);
  });

  test('rejects a record whose title is only spaces', () => {
    expect(validateRecord(withTitle('   ')).map((p) => p.code)).toEqual(['validate.missing-title']);
  });

  test('warns about a repeated 245 and keeps the record', () => {
    expect(validateRecord(withTitle('أ', 'ب'))).toEqual([{ code: 'validate.repeated-title', severity: 'warning', tag: '245', params: { count: 2 } }]);
  });
});
