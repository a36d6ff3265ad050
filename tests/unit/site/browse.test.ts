import { describe, expect, it } from 'vitest';
import { browseGroups, browseValues, headingKey, paginate } from '../../../src/site/browse.ts';
import { browseGroupLabel } from '../../../src/site/browse-labels.ts';
import { loadSiteData } from '../../../src/site/site-data.ts';

const { records } = loadSiteData('tests/fixtures/site');
const record = records.find((r) => r.id === 'a1b2c3')!;

describe('browse', () => {
  it('files a record under its decade and Dewey hundreds', () => {
    expect(browseValues(record, 'decade')).toEqual(['2000']);
    expect(browseValues(record, 'dewey')).toEqual(['300']);
  });

  it('puts every record that has a subject under at least one subject group', () => {
    const filed = new Set(browseGroups(records, 'subject').flatMap((g) => g.records.map((r) => r.id)));
    expect(records.filter((r) => r.description.subjects.length > 0).every((r) => filed.has(r.id))).toBe(true);
  });

  it('keys a heading by a short stable hash, safe in a path', () => {
    expect(headingKey('عمان -- تاريخ')).toMatch(/^h[0-9a-f]{10}$/);
    expect(headingKey('عمان -- تاريخ')).toBe(headingKey('عمان -- تاريخ'));
  });

  const pages = [
    { given: [1, 2, 3], size: 2, want: [[1, 2], [3]] },
    { given: [], size: 2, want: [[]] },
  ];
  for (const { given, size, want } of pages) {
    it(`cuts ${given.length} items into ${want.length} page(s)`, () => expect(paginate(given, size)).toEqual(want));
  }

  it('names decades and Dewey classes in the page language', () => {
    expect(browseGroupLabel('decade', '1990', 'en')).toBe('The 1990s');
    expect(browseGroupLabel('dewey', '200', 'en')).toBe('200–299 Religion');
    expect(browseGroupLabel('dewey', '000', 'ar')).toBe('٠٠٠–٠٩٩ المعارف العامة والحاسوب');
  });
});
