/**
 * The match key: what two records must share to be taken for the same edition when no
 * identifier links them. Title proper (+ part), first author, year, edition number.
 *
 * Blocking (what candidates are compared at all) uses the exact parts of the key: title,
 * part and edition. Author and year are compared inside a block, because they are
 * tolerant: a fuller form of the same name, ±1 year around a Hijri date.
 */
import type { ClusterInput } from './cluster-input.ts';
import { editionNumber } from './edition-number.ts';
import { isbnKeys, systemNumberKeys } from './identifier-keys.ts';
import { authorsAgree, authorWords } from './name-key.ts';
import { titleKey } from './title-key.ts';
import { yearKey, yearsAgree, type YearKey } from './year-key.ts';

export interface MatchFeatures {
  /** Folded title proper; "" when there is none (such a record has no match key). */
  title: string;
  /** Volume or part; "" for a whole work or set. */
  part: string;
  /** Edition number, when the edition statement gives one. */
  edition?: number;
  /** Sorted name words of the first author. */
  author: string[];
  year: YearKey;
  isbns: string[];
  systemNumbers: string[];
}

export function matchFeatures(input: ClusterInput): MatchFeatures {
  const { description } = input;
  const { title, part } = titleKey(description.title);
  const features: MatchFeatures = {
    title,
    part,
    author: authorWords(description),
    year: yearKey(description.publication),
    isbns: isbnKeys(input),
    systemNumbers: systemNumberKeys(input),
  };
  const edition = editionNumber(description.edition);
  if (edition !== undefined) features.edition = edition;
  return features;
}

/**
 * The block a record is compared in, or undefined when it has no title to match on.
 * A missing edition statement blocks with "1": first editions often go unstated, while a
 * later edition that lost its statement is left for the ISBN to find.
 * @example matchBlock({ title: 'تاريخ عمان', part: '2', edition: undefined, … }) // 'تاريخ عمان\u00012\u00011'
 */
export function matchBlock(features: MatchFeatures): string | undefined {
  if (features.title === '') return undefined;
  return `${features.title}\u0001${features.part}\u0001${features.edition ?? 1}`;
}

/** Inside a block: same author and same year (within tolerance). */
export function matchKeyAgrees(a: MatchFeatures, b: MatchFeatures): boolean {
  return authorsAgree(a.author, b.author) && yearsAgree(a.year, b.year);
}

/** Editions conflict only when both records state a number. */
export function editionsConflict(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}
