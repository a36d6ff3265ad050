/**
 * Every report figure from ONE pass over the union records (collection and quality
 * tallies fed the same record), plus the library accounting and the diagnostics.
 * Pure: the build stages the result (stage-report-data.ts); tests call it on fixtures.
 */
import type { Diagnostic } from '../ingest/diagnostics/diagnostic.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { createCollectionTally } from './collection-tally.ts';
import { digestDiagnostics } from './diagnostics-digest.ts';
import { median } from './median.ts';
import { createQualityTally, zeroCounts, type MemberFacts } from './quality-tally.ts';
import { qualityMeasures, type LibraryQuality, type QualityFigures, type ReportData, type ReportLibrary } from './report-data.ts';

/** Records read, accepted and rejected per library, from the ingest accounting. */
export interface LibraryAccounting {
  code: string;
  recordsRead: number;
  recordsAccepted: number;
  recordsRejected: number;
}

export interface ReportInputs {
  libraries: ReportLibrary[];
  /** Any iterable: the pass is streaming-friendly. */
  records: Iterable<UnionRecord>;
  accounting: LibraryAccounting[];
  diagnostics: Diagnostic[];
  facts: MemberFacts;
}

export function computeReports(inputs: ReportInputs): ReportData {
  const collection = createCollectionTally(inputs.libraries);
  const quality = createQualityTally(inputs.facts);
  for (const record of inputs.records) {
    collection.add(record);
    quality.add(record);
  }
  const counts = quality.counts();
  const digests = digestDiagnostics(inputs.diagnostics, { codes: 5, examples: 3 });
  const libraries = inputs.accounting.map((account): LibraryQuality => {
    const found = counts.get(account.code) ?? zeroCounts();
    return { ...account, counts: found, shares: shares(found, account.recordsAccepted), diagnostics: digests.get(account.code) ?? [] };
  });
  return { libraries: inputs.libraries, collection: collection.result(), quality: { libraries, medians: medians(libraries) } };
}

function shares(counts: LibraryQuality['counts'], accepted: number): LibraryQuality['shares'] {
  const entries = qualityMeasures.map((measure) => [measure, accepted === 0 ? 0 : counts[measure] / accepted]);
  return Object.fromEntries(entries) as LibraryQuality['shares'];
}

function medians(libraries: LibraryQuality[]): QualityFigures['medians'] {
  const counted = libraries.filter((library) => library.recordsAccepted > 0);
  const entries = qualityMeasures.map((measure) => [measure, median(counted.map((library) => library.shares[measure]))]);
  return Object.fromEntries(entries) as QualityFigures['medians'];
}
