/**
 * The title as the match key sees it: the title proper only (a subtitle is present in one
 * library's record and absent from another's), folded, articles dropped, with any volume
 * designation moved out into the part key.
 */
import type { Title } from '../../shared/catalog-schema.ts';
import { keyWords, withoutArticle } from './key-text.ts';
import { partKey } from './part-key.ts';

export interface TitleKey {
  /** Folded title proper words joined by spaces; "" when the record has no usable title. */
  title: string;
  /** See part-key.ts: "" for a whole work. */
  part: string;
}

const leadingArticles = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'l', 'der', 'die', 'das']);

/**
 * @example titleKey({ proper: 'تاريخ عُمان : دراسة', variants: [] }) // { title: 'تاريخ عمان', part: '' }
 */
export function titleKey(title: Title): TitleKey {
  const key = partKey({ ...title, proper: beforeSubtitle(title.proper) });
  return { title: titleWords(key.titleWords).join(' '), part: key.part };
}

/** Words of a title with articles dropped: the words compared by titlesAgree. */
export function titleWords(words: string[]): string[] {
  const start = words.length > 1 && leadingArticles.has(words[0]) ? 1 : 0;
  return words.slice(start).map(withoutArticle);
}

/** Some libraries key the whole of 245 into $a: "العنوان : العنوان الفرعي / المؤلف". */
function beforeSubtitle(proper: string): string {
  const cut = /\s[:=/;]\s?|\s?[:=/;]\s/u.exec(proper);
  return cut && cut.index > 0 ? proper.slice(0, cut.index) : proper;
}

/**
 * Roughly the same title, for checking an ISBN: at least half the words of the shorter title
 * proper (or of any variant or parallel title) appear in the other. Titles in two different
 * scripts share no words; they count as agreeing, since the ISBN is all there is to go on.
 */
export function titlesAgree(a: Title, b: Title): boolean {
  const formsA = titleForms(a);
  const formsB = titleForms(b);
  if (!sharesScript(formsA, formsB)) return true;
  return formsA.some((wordsA) => formsB.some((wordsB) => overlap(wordsA, wordsB) >= 0.5));
}

function titleForms(title: Title): string[][] {
  const texts = [beforeSubtitle(title.proper), title.parallel, ...title.variants];
  return texts.map((text) => titleWords(keyWords(text))).filter((words) => words.length > 0);
}

function overlap(a: string[], b: string[]): number {
  const inB = new Set(b);
  const shared = new Set(a.filter((word) => inB.has(word))).size;
  return shared / Math.min(new Set(a).size, inB.size);
}

function sharesScript(a: string[][], b: string[][]): boolean {
  const scripts = (forms: string[][]) => new Set(forms.flat().map(scriptOf));
  const inB = scripts(b);
  return [...scripts(a)].some((script) => script !== 'other' && inB.has(script));
}

function scriptOf(word: string): string {
  if (/\p{Script=Arabic}/u.test(word)) return 'arabic';
  if (/\p{Script=Latin}/u.test(word)) return 'latin';
  return 'other';
}
