/**
 * Collection figures in one pass over the union records: each record is added once and
 * updates counters; the overlap matrix grows per record from its own set of holding
 * libraries (a handful), never from pairs of records.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { holdingLibraries } from '../site/holding-libraries.ts';
import { createDistributionTally } from './distribution-tally.ts';
import { recordKeys } from './record-keys.ts';
import { heldByThresholds, type CollectionFigures, type LibraryCollection, type ReportLibrary } from './report-data.ts';
import { sameCityDuplication, createCityTally } from './same-city.ts';
import { thinClasses } from './thin-classes.ts';

export interface CollectionTally {
  add(record: UnionRecord): void;
  result(): CollectionFigures;
}

export function createCollectionTally(libraries: ReportLibrary[]): CollectionTally {
  const perLibrary = new Map(libraries.map((library) => [library.code, emptyLibrary(library.code)]));
  const consortium = { titles: 0, copies: 0, records: 0, heldByAtLeast: zeroThresholds(), lastCopies: 0 };
  const overlap = new Map<string, Map<string, number>>();
  const distributions = {
    hundreds: createDistributionTally(), tens: createDistributionTally(), lc: createDistributionTally(),
    languages: createDistributionTally(), decades: createDistributionTally(), formats: createDistributionTally(),
  };
  const cities = createCityTally(libraries);
  const library = (code: string) => perLibrary.get(code) ?? perLibrary.set(code, emptyLibrary(code)).get(code)!;

  function add(record: UnionRecord): void {
    const holders = holdingLibraries(record);
    consortium.titles += 1;
    consortium.records += record.members.length;
    for (const member of record.members) library(member.libraryCode).records += 1;
    for (const holding of record.holdings) {
      library(holding.libraryCode).copies += holding.copies;
      consortium.copies += holding.copies;
    }
    for (const code of holders) countHolder(library(code), holders.length);
    countThresholds(consortium.heldByAtLeast, holders.length);
    if (holders.length === 1) consortium.lastCopies += 1;
    addOverlap(overlap, holders);
    for (const code of cities.add(holders)) library(code).sameCityShared += 1;
    const keys = recordKeys(record);
    distributions.hundreds.add([keys.hundred], holders);
    distributions.tens.add([keys.ten], holders);
    distributions.lc.add([keys.lc], holders);
    distributions.languages.add(keys.languages, holders);
    distributions.decades.add([keys.decade], holders);
    distributions.formats.add([keys.format], holders);
  }

  function result(): CollectionFigures {
    const codes = [...perLibrary.keys()];
    const counts = codes.map((a) => codes.map((b) => overlap.get(a)?.get(b) ?? 0));
    const hundreds = distributions.hundreds.result();
    const tens = distributions.tens.result();
    return {
      libraries: [...perLibrary.values()],
      consortium,
      overlap: { codes, counts },
      hundreds, tens,
      lc: distributions.lc.result(),
      languages: distributions.languages.result(),
      decades: distributions.decades.result(),
      formats: distributions.formats.result(),
      sameCity: sameCityDuplication(cities),
      thinClasses: thinClasses(hundreds.total, tens.total),
    };
  }
  return { add, result };
}

function countHolder(library: LibraryCollection, holderCount: number): void {
  library.titles += 1;
  if (holderCount === 1) library.uniqueTitles += 1;
  countThresholds(library.heldByAtLeast, holderCount);
}

function countThresholds(counts: Record<string, number>, holderCount: number): void {
  for (const n of heldByThresholds) if (holderCount >= n) counts[n] += 1;
}

function addOverlap(overlap: Map<string, Map<string, number>>, holders: string[]): void {
  for (const a of holders) {
    const row = overlap.get(a) ?? overlap.set(a, new Map()).get(a)!;
    for (const b of holders) row.set(b, (row.get(b) ?? 0) + 1);
  }
}

function zeroThresholds(): Record<string, number> {
  return Object.fromEntries(heldByThresholds.map((n) => [n, 0]));
}

function emptyLibrary(code: string): LibraryCollection {
  return { code, records: 0, copies: 0, titles: 0, uniqueTitles: 0, heldByAtLeast: zeroThresholds(), sameCityShared: 0 };
}
