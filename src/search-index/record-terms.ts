/**
 * What the index holds for one union record: its terms with field-weighted frequencies, its
 * facets, its length and prior for scoring, and the card a result list shows.
 * Terms come from the shared indexTerms() (the same function the Pagefind engine indexes with),
 * so the query side's queryTerms() finds them; adjacent title words are also indexed as pair
 * terms ("stem1 stem2") for quoted phrases and cheap, well-ranked common pairs.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { indexTerms, lightStem, tokenize } from '../shared/text/arabic.ts';
import { fieldWeights, holdingsPrior, type Field } from './scoring.ts';

export interface RecordCard {
  url: string;
  title: string;
  author?: string;
  year?: string;
}

export interface RecordTerms {
  /** Term → sum over the record's texts containing it of its field's weight. */
  weights: Map<string, number>;
  /** lib:<code>, lang:<code>, dec:<decade>, fmt:<format>; holding libraries first, in order. */
  facets: string[];
  length: number;
  prior: number;
  card: RecordCard;
  libraries: string[];
}

/** Codes of the holding libraries, holdings first, then members without item data. */
export function recordLibraries(record: UnionRecord): string[] {
  return [...new Set([...record.holdings.map((h) => h.libraryCode), ...record.members.map((m) => m.libraryCode)])];
}

function fieldTexts(record: UnionRecord): [Field, (string | undefined)[]][] {
  const d = record.description;
  const { title, publication, identifiers } = d;
  return [
    ['title', [title.proper, title.remainder, title.partNumber, title.partName, title.parallel, ...title.variants]],
    ['name', d.names.flatMap((name) => [name.name, name.parallel])],
    ['subject', d.subjects],
    ['other', [...d.series, publication.publisher, title.responsibility, d.edition, ...d.notes]],
    ['identifier', [...identifiers.isbn, ...identifiers.invalidIsbn, ...identifiers.issn]],
    ['year', [publication.gregorianYear?.toString(), publication.hijriYear?.toString(), publication.dateText]],
  ];
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
  for (const [field, texts] of fieldTexts(record)) {
    const weight = fieldWeights[field];
    for (const text of texts) {
      if (!text?.trim()) continue;
      const terms = indexTerms(text);
      length += weight * terms.length;
      for (const term of terms) addWeight(weights, term, weight);
      if (field === 'title') for (const pair of new Set(pairTerms(text))) addWeight(weights, pair, weight);
    }
  }
  const libraries = recordLibraries(record);
  return { weights, facets: facetsOf(record, libraries), length: Math.max(1, length), prior: holdingsPrior(libraries.length), card: cardOf(record), libraries };
}
