import { describe, expect, it } from 'vitest';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import { browseListPages, guideLetter, headingListPages, letterPages } from '../../../src/site/browse-list.ts';
import { browseGroups, browseValues } from '../../../src/site/browse.ts';
import { loadSiteData } from '../../../src/site/site-data.ts';

// A heading with n records, ids "<label>1"…: only ids matter to the pagination.
const heading = (label: string, n: number) => ({ label, records: Array.from({ length: n }, (_, i) => ({ id: `${label}${i + 1}` }) as UnionRecord) });
// A page written as "label:ids" per slice, e.g. "a:a1,a2 | b:b1".
const show = (pages: ReturnType<typeof headingListPages>) =>
  pages.map((p) => p.slices.map((s) => `${s.label}:${s.records.map((r) => r.id).join(',')}`).join(' | '));

describe('cutting a heading list into pages', () => {
  const cases = [
    { name: 'fills a page with whole headings', size: 3, given: [heading('a', 1), heading('b', 2), heading('c', 1)], want: ['a:a1 | b:b1,b2', 'c:c1'] },
    { name: 'moves a heading that does not fit to the next page rather than split it', size: 3, given: [heading('a', 2), heading('b', 2)], want: ['a:a1,a2', 'b:b1,b2'] },
    { name: 'continues a heading longer than a page over the next pages', size: 3, given: [heading('a', 1), heading('b', 7)], want: ['a:a1 | b:b1,b2', 'b:b3,b4,b5', 'b:b6,b7'] },
    { name: 'starts a new page after a heading that filled one exactly', size: 2, given: [heading('a', 2), heading('b', 1)], want: ['a:a1,a2', 'b:b1'] },
    { name: 'makes no page of an empty list', size: 3, given: [], want: [] },
  ];
  for (const { name, size, given, want } of cases) it(name, () => expect(show(headingListPages(given, size))).toEqual(want));

  it('marks where a continued heading starts and how many records it has in all', () => {
    const pages = headingListPages([heading('a', 1), heading('b', 7)], 3);
    expect(pages.flatMap((p) => p.slices.filter((s) => s.label === 'b').map((s) => [s.offset, s.total]))).toEqual([[0, 7], [2, 7], [5, 7]]);
  });

  it('gives each page its guide words, the first and last heading on it', () => {
    const pages = headingListPages([heading('a', 1), heading('b', 1), heading('c', 2), heading('d', 1)], 2);
    expect(pages.map((p) => [p.page, p.first, p.last])).toEqual([[1, 'a', 'b'], [2, 'c', 'c'], [3, 'd', 'd']]);
  });

  it('needs ceil(entries / 100) pages when the headings have one record each', () => {
    const given = Array.from({ length: 1234 }, (_, i) => heading(`h${String(i).padStart(4, '0')}`, 1));
    const pages = headingListPages(given);
    expect(pages).toHaveLength(Math.ceil(1234 / 100));
    expect(pages.every((p) => p.slices.reduce((n, s) => n + s.records.length, 0) <= 100)).toBe(true);
  });

  it('stays within twice ceil(entries / 100) pages whatever the heading sizes', () => {
    const sizes = Array.from({ length: 500 }, (_, i) => (i * 37) % 140 + 1);
    const given = sizes.map((n, i) => heading(`h${i}`, n));
    const entries = sizes.reduce((a, b) => a + b, 0);
    const pages = headingListPages(given);
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(entries / 100));
    expect(pages.length).toBeLessThanOrEqual(2 * Math.ceil(entries / 100));
    expect(pages.flatMap((p) => p.slices.flatMap((s) => s.records))).toHaveLength(entries);
  });
});

describe('the guide-word index', () => {
  const letters = [
    { given: 'أحمد، محمد', want: 'ا' },
    { given: 'إبراهيم', want: 'ا' },
    { given: '  عمان -- تاريخ', want: 'ع' },
    { given: 'smith, john', want: 'S' },
  ];
  for (const { given, want } of letters) it(`files "${given}" under ${want}`, () => expect(guideLetter(given)).toBe(want));

  it('links each letter to the page where its first heading is, even mid-page', () => {
    const pages = headingListPages([heading('أب', 1), heading('اب', 1), heading('بب', 1), heading('تب', 2)], 2);
    expect(letterPages(pages)).toEqual([{ letter: 'ا', page: 1 }, { letter: 'ب', page: 2 }, { letter: 'ت', page: 3 }]);
  });
});

describe('the subject and author lists of the fixture site', () => {
  const { records } = loadSiteData('tests/fixtures/site');
  for (const kind of ['subject', 'author'] as const) {
    it(`reach every record filed under a ${kind}, under each of its headings`, () => {
      const listed = new Set(browseListPages(records, kind).flatMap((p) => p.slices.flatMap((s) => s.records.map((r) => `${s.label}\t${r.id}`))));
      const want = records.flatMap((r) => [...new Set(browseValues(r, kind).map((v) => v.trim()).filter(Boolean))].map((v) => `${v}\t${r.id}`));
      expect(want.length).toBeGreaterThan(0);
      expect([...listed].sort()).toEqual(want.sort());
    });

    it(`keeps the ${kind} headings in the order of the browse groups`, () => {
      const labels = browseListPages(records, kind).flatMap((p) => p.slices.map((s) => s.label));
      expect(labels).toEqual(browseGroups(records, kind).map((g) => g.label));
    });
  }
});
