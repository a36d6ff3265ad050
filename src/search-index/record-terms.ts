/**
 * What the index holds for one union record: its terms with field-weighted frequencies, its
 * facets, its length and prior for scoring, and the card a result list shows.
 * Texts come from the shared searchableFieldTexts() (every member's, as Pagefind indexes them),
 * terms from the shared fieldTerms() (the same function the Pagefind engine indexes with), so the
 * query side's queryTerms() finds them; adjacent title words are also indexed as pair terms
 * ("stem1 stem2") for quoted phrases and cheap, well-ranked common pairs. A title from any
 * member weighs as a title. Scopes are the shared facet words (facet-keys.ts), the same words
 * Pagefind's content carries, plus the year's decade and century words (see scopeWords).
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { lightStem, tokenize } from '../shared/text/arabic.ts';
import { fieldTerms } from '../shared/search/field-terms.ts';
import { facetWords, scopeKeys } from '../shared/search/facet-keys.ts';
import { searchableFieldTexts } from '../shared/search/searchable-texts.ts';
import { fieldWeights, holdingsPrior } from './scoring.ts';

export interface RecordCard {
  url: string;
  title: string;
  author?: string;
  year?: string;
}

export interface RecordTerms {
  /** Term → sum over the record's texts containing it of its field's weight. */
  weights: Map<string, number>;
  /** Facet labels counted for the reader: lib:<code>, lang:<code>, dec:<decade>, fmt:<format>; holding libraries first. */
  facets: string[];
  /** Index words a scope looks up (zzlib…, zzy199…, zzsub…): in the index, never shown. */
  scopeWords: string[];
  length: number;
  prior: number;
  card: RecordCard;
  libraries: string[];
}

/** Codes of the holding libraries, holdings first, then members without item data. */
export function recordLibraries(record: UnionRecord): string[] {
  return [...new Set([...record.holdings.map((h) => h.libraryCode), ...record.members.map((m) => m.libraryCode)])];
}

/** Pair terms of adjacent words: the key a quoted phrase or a two-word query looks up. */
export function pairTerms(text: string): string[] {
  const stems = tokenize(text).map(lightStem);
  const pairs: string[] = [];
  for (let i = 1; i < stems.length; i++) pairs.push(`${stems[i - 1]} ${stems[i]}`);
  return pairs;
}

function addWeight(weights: Map<string, number>, term: string, weight: number): void {
  weights.set(term, (weights.get(term) ?? 0) + weight);
}

function facetsOf(record: UnionRecord, libraries: string[]): string[] {
  const d = record.description;
  const facets = libraries.map((code) => `lib:${code}`);
  for (const language of new Set(d.languages)) facets.push(`lang:${language}`);
  const year = d.publication.gregorianYear;
  if (year !== undefined) facets.push(`dec:${Math.floor(year / 10) * 10}`);
  if (d.format) facets.push(`fmt:${d.format}`);
  return facets;
}

/**
 * The record's facet words, as Pagefind's content carries them, and the words a range over its
 * decade or century looks up (zzy199, zzy19): a range here looks up yearRangePrefixes() as exact
 * terms, where Pagefind prefix-matches them (a prefix lookup here keeps only the top completions).
 */
function scopeWords(record: UnionRecord, libraries: string[]): string[] {
  const d = record.description;
  const year = d.publication.gregorianYear;
  const words = facetWords({ libraries, languages: d.languages, format: d.format, year, subjects: d.subjects });
  if (year !== undefined && year >= 1000 && year <= 2999) {
    for (const span of [10, 100]) {
      const from = Math.floor(year / span) * span;
      words.push(...scopeKeys({ yearFrom: from, yearTo: from + span - 1 }).anyOf);
    }
  }
  return [...new Set(words)];
}

function cardOf(record: UnionRecord): RecordCard {
  const d = record.description;
  const author = d.names.find((name) => name.role === 'author') ?? d.names[0];
  const year = d.publication.gregorianYear?.toString() ?? d.publication.dateText;
  const card: RecordCard = { url: record.url, title: [d.title.proper, d.title.remainder].filter(Boolean).join(' : ') };
  if (author) card.author = author.name;
  if (year) card.year = year;
  return card;
}

/**
 * The index view of one record.
 * @example recordTerms(record).facets // ['lib:squ', 'lang:ara', 'dec:1990', 'fmt:book']
 */
export function recordTerms(record: UnionRecord): RecordTerms {
  const weights = new Map<string, number>();
  let length = 0;
  for (const { field, text } of searchableFieldTexts(record)) {
    const weight = fieldWeights[field];
    const terms = fieldTerms({ field, text });
    length += weight * terms.length;
    for (const term of terms) addWeight(weights, term, weight);
    if (field === 'title') for (const pair of new Set(pairTerms(text))) addWeight(weights, pair, weight);
  }
  const libraries = recordLibraries(record);
  return {
    weights, facets: facetsOf(record, libraries), scopeWords: scopeWords(record, libraries), length: Math.max(1, length),
    prior: holdingsPrior(libraries.length), card: cardOf(record), libraries,
  };
}
