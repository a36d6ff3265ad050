import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordJobs } from '../../../src/build/page-renderer/record-page-jobs.ts';
import { loadSiteData, type SiteFrame } from '../../../src/site/site-data.ts';

const site = loadSiteData(join(import.meta.dirname, '../../fixtures/site'));
const record = site.records.find((r) => r.holdings.length > 0)!;
const code = record.holdings[0].libraryCode;

/** The frame with one library changed as `change` says. */
function frameWith(change: (library: SiteFrame['libraries'][number]) => SiteFrame['libraries'][number]): SiteFrame {
  const libraries = site.libraries.map((library) => (library.code === code ? change(structuredClone(library)) : library));
  return { ...site, libraries, libraryByCode: new Map(libraries.map((library) => [library.code, library])) };
}
const hashWith = (change: Parameters<typeof frameWith>[0]) => recordJobs(record, frameWith(change))[0].contentHash();

describe('a record page’s content hash', () => {
  it('stays the same when a holding library’s counts change (a re-deposit elsewhere in its catalogue)', () => {
    expect(hashWith((l) => ({ ...l, recordCount: l.recordCount + 7, holdingCount: l.holdingCount + 9 }))).toBe(hashWith((l) => l));
  });

  it('changes when a holding library’s name changes, which the page shows', () => {
    expect(hashWith((l) => ({ ...l, name: { ...l.name, en: `${l.name.en} (renamed)` } }))).not.toBe(hashWith((l) => l));
  });

  it('is shared by the Arabic and English pages of the record', () => {
    const [ar, en] = recordJobs(record, site);
    expect([ar.pagePath, en.pagePath]).toEqual([`r/${record.id}.html`, `en/r/${record.id}.html`]);
    expect(ar.contentHash()).toBe(en.contentHash());
  });
});
