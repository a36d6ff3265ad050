import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listingPageJobs } from '../../../src/build/page-renderer/listing-page-jobs.ts';
import { loadSiteData, siteDataOf, type SiteData } from '../../../src/site/site-data.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import { recordKeys } from '../../../src/reports/record-keys.ts';

const site = loadSiteData(join(import.meta.dirname, '../../fixtures/site'));
// The acquisition pages come from the staged reports' libraries: here, the site's own.
const reportLibraries = site.libraries.map(({ code, name }) => ({ code, name, city: { ar: 'مسقط', en: 'Muscat' } }));

/** Each listing page's path and content hash, for the site's records with one record changed by `change`. */
function hashesWith(id: string, change: (record: UnionRecord) => UnionRecord): Map<string, string> {
  const records = site.records.map((record) => (record.id === id ? change(structuredClone(record)) : record));
  const data: SiteData = siteDataOf(site, records);
  return new Map([...listingPageJobs(data, reportLibraries)].map((job) => [job.pagePath, job.contentHash()]));
}

describe('a listing page’s content hash', () => {
  const record = site.records.find((r) => r.holdings.length > 0)!;
  const library = record.holdings[0].libraryCode;
  const before = hashesWith(record.id, (r) => r);
  const after = hashesWith(record.id, (r) => ({ ...r, description: { ...r.description, title: { ...r.description.title, proper: `${r.description.title.proper} (corrected)` } } }));
  const changed = [...before.keys()].filter((path) => before.get(path) !== after.get(path));

  it('changes on the pages that list a record whose title changed: its library’s pages among them', () => {
    expect(changed.some((path) => path.startsWith(`l/${library}`))).toBe(true);
    expect(changed.some((path) => path.startsWith(`en/l/${library}`))).toBe(true);
  });

  it('stays the same on the pages that do not list it', () => {
    const otherLibrary = site.libraries.find((l) => !record.holdings.some((h) => h.libraryCode === l.code) && (site.recordsByLibrary.get(l.code)?.length ?? 0) > 0)!;
    expect(changed.filter((path) => path.includes(`l/${otherLibrary.code}`))).toEqual([]);
    expect(changed.length).toBeLessThan(before.size);
  });

  it('changes on the acquisition pages that list it, in its Dewey class, and on no other class’s', () => {
    const deweyClass = recordKeys(record).hundred;
    const acquisition = changed.filter((path) => /^(en\/)?reports\/acquisition\//.test(path));
    expect(acquisition.length).toBeGreaterThan(0);
    expect(acquisition.filter((path) => !path.endsWith(`/${deweyClass}.html`))).toEqual([]);
    expect([...before.keys()].filter((path) => /^(en\/)?reports\/acquisition\//.test(path))).toHaveLength(2 * site.libraries.length * 11);
  });

  it('changes on the browse indexes only when their counts or guide words change', () => {
    // A record's title is no guide word and no count: the subject and author indexes and the browse index stay.
    expect(changed.filter((path) => /^(en\/)?b\/(index|subject\/index|author\/index)\.html$/.test(path))).toEqual([]);
    const moreSubjects = hashesWith(record.id, (r) => ({ ...r, description: { ...r.description, subjects: [...r.description.subjects, 'آآآ موضوع جديد'] } }));
    const indexes = [...before.keys()].filter((path) => before.get(path) !== moreSubjects.get(path) && /^(en\/)?b\/[a-z]+\/index\.html$/.test(path));
    expect(indexes.sort()).toEqual(['b/subject/index.html', 'en/b/subject/index.html']);
  });

  it('is the same on two builds of the same records', () => {
    expect(hashesWith(record.id, (r) => r)).toEqual(before);
  });

  it('stays the same everywhere when the record changes only in what no list shows (a note)', () => {
    const noted = hashesWith(record.id, (r) => ({ ...r, description: { ...r.description, notes: [...r.description.notes, 'ملاحظة جديدة'] } }));
    expect([...before.keys()].filter((path) => before.get(path) !== noted.get(path))).toEqual([]);
  });
});
