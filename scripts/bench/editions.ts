/**
 * One edition (what a union record should become), drawn from its own seeded stream so
 * edition n is the same whatever N is. About 80% Arabic, 20% Latin script; some editions are
 * a later edition or the next volume of the one before (same title and author, different
 * book: the clustering must keep them apart).
 */
import type { Lexicon } from './lexicon.ts';
import { arabicFunctionWords, arabicGivenNames, arabicTitleHeads, latinFunctionWords, latinGivenNames, subjectTopics } from './name-parts.ts';
import { seededDraw, type Draw } from '../shared/seeded-random.ts';
import { isbn13 } from './isbn.ts';

export interface Person {
  /** "سالم بن محمد السيابي" / "John Smith". */
  direct: string;
  /** "السيابي، سالم بن محمد" / "Smith, John". */
  inverted: string;
  /** "1950-" or undefined. */
  dates?: string;
}

export interface Edition {
  /** Ground-truth id: e000000042. */
  id: string;
  script: 'arabic' | 'latin';
  language: 'ara' | 'eng' | 'fre';
  title: string;
  subtitle?: string;
  authors: Person[];
  publisher: string;
  place: string;
  year: number;
  editionNumber?: number;
  volume?: number;
  isbn?: string;
  pages: number;
  dewey: string;
  subjects: string[];
  series?: string;
}

export function editionId(n: number): string {
  return `e${String(n).padStart(9, '0')}`;
}

export function createEdition(seed: string, n: number, lexicon: Lexicon): Edition {
  const draw = seededDraw(`${seed}:edition:${n}`);
  const base = freshEdition(draw, n, lexicon);
  if (n === 0 || !draw.chance(0.06)) return base;
  // A sibling of the previous edition: same work, another edition or volume.
  const previous = createEdition(seed, n - 1, lexicon);
  const sibling: Edition = { ...previous, id: editionId(n), isbn: base.isbn, pages: base.pages };
  if (draw.chance(0.5)) return { ...sibling, editionNumber: (previous.editionNumber ?? 1) + 1, year: previous.year + 1 + draw.below(8) };
  return { ...sibling, volume: (previous.volume ?? 1) + 1 };
}

function freshEdition(draw: Draw, n: number, lexicon: Lexicon): Edition {
  const arabic = draw.chance(0.8);
  const year = 1900 + Math.floor(Math.sqrt(draw.next()) * 125);
  const authorCount = draw.chance(0.12) ? 0 : 1 + (draw.chance(0.2) ? 1 + draw.below(2) : 0);
  const authors = Array.from({ length: authorCount }, () => (arabic ? arabicPerson(draw, lexicon) : latinPerson(draw, lexicon)));
  const words = arabic ? arabicTitle(draw, lexicon) : latinTitle(draw, lexicon);
  return {
    id: editionId(n),
    script: arabic ? 'arabic' : 'latin',
    language: arabic ? 'ara' : draw.chance(0.8) ? 'eng' : 'fre',
    title: words,
    subtitle: draw.chance(0.35) ? (arabic ? arabicPhrase(draw, lexicon, 2 + draw.below(3)) : latinPhrase(draw, lexicon, 2 + draw.below(3))) : undefined,
    authors,
    publisher: arabic ? `${draw.pick(['دار', 'مكتبة', 'مؤسسة', 'مطبعة', 'وزارة'])} ${arabicPhrase(draw, lexicon, 1 + draw.below(2))}` : `${draw.pick(lexicon.latinSurnames)} ${draw.pick(['Press', 'Publishers', 'Books', 'Éditions'])}`,
    place: arabic ? lexicon.arabicPlaces[draw.zipf(lexicon.arabicPlaces.length)] : lexicon.latinPlaces[draw.zipf(lexicon.latinPlaces.length)],
    year,
    editionNumber: draw.chance(0.12) ? 2 + draw.below(5) : undefined,
    volume: draw.chance(0.05) ? 1 : undefined,
    isbn: year >= 1975 && draw.chance(0.75) ? isbn13(draw) : undefined,
    pages: 40 + draw.below(900),
    dewey: `${draw.below(1000)}`.padStart(3, '0') + (draw.chance(0.7) ? `.${draw.below(1000)}` : ''),
    subjects: Array.from({ length: draw.below(4) }, () => (draw.chance(0.5) ? draw.pick(subjectTopics) : arabicPhrase(draw, lexicon, 1 + draw.below(2)))),
    series: draw.chance(0.1) ? (arabic ? `سلسلة ${arabicPhrase(draw, lexicon, 2)}` : `${latinPhrase(draw, lexicon, 2)} series`) : undefined,
  };
}

function arabicWord(draw: Draw, lexicon: Lexicon): string {
  const word = lexicon.arabicWords[draw.zipf(lexicon.arabicWords.length)];
  return draw.chance(0.45) ? `ال${word}` : word;
}

function arabicPhrase(draw: Draw, lexicon: Lexicon, length: number): string {
  return Array.from({ length }, () => arabicWord(draw, lexicon)).join(' ');
}

function arabicTitle(draw: Draw, lexicon: Lexicon): string {
  const parts = [draw.chance(0.4) ? draw.pick(arabicTitleHeads) : arabicWord(draw, lexicon), arabicPhrase(draw, lexicon, 1 + draw.below(3))];
  if (draw.chance(0.4)) parts.push(draw.pick(arabicFunctionWords), draw.chance(0.3) ? lexicon.arabicPlaces[draw.zipf(lexicon.arabicPlaces.length)] : arabicWord(draw, lexicon));
  if (draw.chance(0.08)) parts.push(draw.chance(0.5) ? `${1 + draw.below(999)} ${arabicWord(draw, lexicon)}` : `${1300 + draw.below(150)}هـ`);
  return parts.join(' ');
}

function latinPhrase(draw: Draw, lexicon: Lexicon, length: number): string {
  return Array.from({ length }, () => lexicon.latinWords[draw.zipf(lexicon.latinWords.length)]).join(' ');
}

function latinTitle(draw: Draw, lexicon: Lexicon): string {
  const head = latinPhrase(draw, lexicon, 1 + draw.below(2));
  const words = [head.charAt(0).toUpperCase() + head.slice(1)];
  if (draw.chance(0.6)) words.push(draw.pick(latinFunctionWords), latinPhrase(draw, lexicon, 1 + draw.below(2)));
  if (draw.chance(0.1)) words.push(String(1800 + draw.below(225)));
  return words.join(' ');
}

function arabicPerson(draw: Draw, lexicon: Lexicon): Person {
  const given = draw.pick(arabicGivenNames);
  const father = draw.pick(arabicGivenNames);
  const family = lexicon.arabicFamilies[draw.zipf(lexicon.arabicFamilies.length)];
  const forenames = draw.chance(0.6) ? `${given} بن ${father}` : given;
  const born = draw.chance(0.3) ? 1900 + draw.below(90) : undefined;
  return { direct: `${forenames} ${family}`, inverted: `${family}، ${forenames}`, dates: born ? `${born}-` : undefined };
}

function latinPerson(draw: Draw, lexicon: Lexicon): Person {
  const given = draw.pick(latinGivenNames);
  const family = lexicon.latinSurnames[draw.zipf(lexicon.latinSurnames.length)];
  const born = draw.chance(0.3) ? 1900 + draw.below(90) : undefined;
  return { direct: `${given} ${family}`, inverted: `${family}, ${given}`, dates: born ? `${born}-` : undefined };
}
