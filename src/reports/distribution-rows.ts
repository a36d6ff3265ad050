/**
 * Which keys a distribution table lists, in which order, and how each key is named in
 * the page's language. Build-time helpers for the report pages.
 */
import { languageName } from '../shared/i18n/language-names.ts';
import { tr } from '../shared/i18n/report-strings.ts';
import { stringTables, t, type Lang, type StringKey } from '../shared/i18n/strings.ts';
import { deweyName } from './ddc-names.ts';
import { deweyHundreds } from './dewey-class.ts';
import { lcClassLetters, lcClassName } from './lc-classes.ts';
import { noValue } from './record-keys.ts';
import type { Distribution } from './report-data.ts';

export type DistributionKind = 'hundreds' | 'tens' | 'lc' | 'languages' | 'decades' | 'formats';

/**
 * The keys to list: every Dewey main class (a conspectus shows the empty ones too); for the
 * others the keys that occur, in their natural order; "none" always last.
 */
export function distributionKeys(kind: DistributionKind, distribution: Distribution): string[] {
  const present = Object.keys(distribution.total).filter((key) => key !== noValue);
  const byCount = (a: string, b: string) => distribution.total[b] - distribution.total[a] || a.localeCompare(b);
  const ordered =
    kind === 'hundreds' ? deweyHundreds
    : kind === 'lc' ? lcClassLetters.filter((letter) => present.includes(letter))
    : kind === 'tens' || kind === 'decades' ? present.sort()
    : present.sort(byCount);
  return noValue in distribution.total ? [...ordered, noValue] : ordered;
}

/**
 * The name of a key in `lang`.
 * @example keyLabel('tens', '290', 'en') // "290 Other religions"
 */
export function keyLabel(kind: DistributionKind, key: string, lang: Lang): string {
  if (key === noValue) return tr(lang, `none.${kind}`);
  if (kind === 'hundreds' || kind === 'tens') return `${key} ${deweyName(key, lang) ?? ''}`.trim();
  if (kind === 'lc') return `${key} ${lcClassName(key, lang) ?? ''}`.trim();
  if (kind === 'languages') return languageName(key, lang);
  if (kind === 'decades') return tr(lang, 'decade', { from: key, to: Number(key) + 9 });
  const formatKey = `format.${key}`;
  return formatKey in stringTables[lang] ? t(lang, formatKey as StringKey) : key;
}

/**
 * A share as a percentage with one decimal, Latin digits in both languages.
 * @example percent(0.8333) // "83.3%"
 */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
