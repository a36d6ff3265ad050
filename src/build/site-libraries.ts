import type { LibraryProfile } from '../shared/library-profile.ts';
import type { IngestResult } from '../ingest/pipeline.ts';

export interface SiteLibrary extends LibraryProfile {
  /** Union records this library holds. */
  recordCount: number;
  /** Copies over all its holdings. */
  holdingCount: number;
}

/** libraries.json for the site: each library with a valid profile, and its figures. */
export function siteLibraries(ingest: IngestResult): SiteLibrary[] {
  const records = new Map<string, number>();
  const copies = new Map<string, number>();
  for (const record of ingest.unionRecords) {
    for (const code of new Set(record.holdings.map((h) => h.libraryCode))) records.set(code, (records.get(code) ?? 0) + 1);
    for (const holding of record.holdings) copies.set(holding.libraryCode, (copies.get(holding.libraryCode) ?? 0) + holding.copies);
  }
  return ingest.libraries
    .flatMap((library) => (library.profile ? [library.profile] : []))
    .map((profile) => ({ ...profile, recordCount: records.get(profile.code) ?? 0, holdingCount: copies.get(profile.code) ?? 0 }));
}
