import { describe, expect, it } from 'vitest';
import { listingPropsHash } from '../../../src/build/page-renderer/listing-props-hash.ts';

const entry = (title: string, holders: string[] = []) => ({ id: 'r1', title, holders });

describe('a listing page’s props hash', () => {
  it('is the same for the same entries made as other objects', () => {
    const page = { page: 1, records: [entry('تاريخ عمان'), entry('الفقه الإسلامي')] };
    expect(listingPropsHash(structuredClone(page))).toBe(listingPropsHash(page));
  });

  it('changes when what an entry shows changes: its title, its holders', () => {
    const before = listingPropsHash({ records: [entry('تاريخ عمان', ['lib01'])] });
    expect(listingPropsHash({ records: [entry('تاريخ عمان (مصحح)', ['lib01'])] })).not.toBe(before);
    expect(listingPropsHash({ records: [entry('تاريخ عمان', ['lib01', 'lib02'])] })).not.toBe(before);
  });

  it('changes when the page around the entries changes', () => {
    const records = [entry('تاريخ عمان')];
    expect(listingPropsHash({ page: 2, records })).not.toBe(listingPropsHash({ page: 1, records }));
  });

  it('tells apart entries in another order', () => {
    const a = entry('أ');
    const b = { ...entry('ب'), id: 'r2' };
    expect(listingPropsHash({ records: [a, b] })).not.toBe(listingPropsHash({ records: [b, a] }));
  });
});
