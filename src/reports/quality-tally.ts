/**
 * Data-quality counts per library, from each library's own records (the members, as that
 * library catalogued them), not from the merged display description.
 */
import type { Member, UnionRecord } from '../shared/catalog-schema.ts';
import { isLanguageCode } from './record-keys.ts';
import { qualityMeasures, type QualityMeasure } from './report-data.ts';

/**
 * What the reports know of a member beyond its description. `fixedField008`: the source
 * record has an 008 of 40 characters whose date 1 (07-10) is four digits or "u"s and whose
 * language (35-37) is three letters: the coded data a library's system should always write.
 */
export interface MemberFacts {
  fixedField008(member: Member): boolean;
}

export interface QualityTally {
  add(record: UnionRecord): void;
  /** Accepted records of each library that have each measure. */
  counts(): Map<string, Record<QualityMeasure, number>>;
}

export function createQualityTally(facts: MemberFacts): QualityTally {
  const byLibrary = new Map<string, Record<QualityMeasure, number>>();
  function add(record: UnionRecord): void {
    const withHoldings = new Set(record.holdings.map((holding) => holding.libraryCode));
    for (const member of record.members) {
      const counts = byLibrary.get(member.libraryCode) ?? byLibrary.set(member.libraryCode, zeroCounts()).get(member.libraryCode)!;
      const has = memberMeasures(member, withHoldings.has(member.libraryCode), facts);
      for (const measure of qualityMeasures) if (has[measure]) counts[measure] += 1;
    }
  }
  return { add, counts: () => byLibrary };
}

function memberMeasures(member: Member, holdings: boolean, facts: MemberFacts): Record<QualityMeasure, boolean> {
  const { identifiers, languages, subjects, classification } = member.description;
  return {
    isbn: identifiers.isbn.length > 0,
    fixedField008: facts.fixedField008(member),
    language: languages.some((code) => isLanguageCode(code.trim().toLowerCase())),
    subjects: subjects.length > 0,
    classification: classification.dewey.length > 0 || classification.lc.length > 0,
    holdings,
  };
}

export function zeroCounts(): Record<QualityMeasure, number> {
  return Object.fromEntries(qualityMeasures.map((measure) => [measure, 0])) as Record<QualityMeasure, number>;
}

/**
 * Whether an 008 carries usable coded data (see MemberFacts).
 * @example validFixedField008('240101s1999    mu            000 0 ara d') // true
 */
export function validFixedField008(value: string | undefined): boolean {
  if (value === undefined || value.length < 40) return false;
  return /^[0-9u]{4}$/.test(value.slice(7, 11)) && /^[a-z]{3}$/.test(value.slice(35, 38));
}
