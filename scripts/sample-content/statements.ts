/**
 * The words of the descriptive fields in each language: statements of responsibility,
 * edition statements, volume designations, extent.
 */
import type { Edition } from './editions.ts';
import { people, type PersonId } from './people.ts';

const ordinalsFeminine = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة',
  'الثامنة', 'التاسعة', 'العاشرة', 'الحادية عشرة', 'الثانية عشرة', 'الثالثة عشرة', 'الرابعة عشرة'];
const ordinalsMasculine = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس'];
const englishSuffix = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

export function editionStatement(edition: Edition, words: 'short' | 'long'): string | undefined {
  const n = edition.edition;
  if (n === undefined) return undefined;
  if (edition.language === 'eng') return `${n}${englishSuffix(n)} ed.`;
  if (edition.language === 'fre') return n === 1 ? '1re éd.' : `${n}e éd.`;
  return words === 'long' ? `الطبعة ${ordinalsFeminine[n - 1]}` : `ط. ${n}`;
}

export function volumeDesignation(edition: Edition, words: 'short' | 'long'): string | undefined {
  const n = edition.volume?.number;
  if (n === undefined) return undefined;
  if (edition.language !== 'ara') return `v. ${n}`;
  return words === 'long' && n <= ordinalsMasculine.length ? `الجزء ${ordinalsMasculine[n - 1]}` : `ج. ${n}`;
}

function nameList(ids: PersonId[], language: Edition['language']): string {
  const names = ids.map((id) => people[id].direct);
  const and = language === 'ara' ? ' و' : language === 'fre' ? ' et ' : ' and ';
  return names.join(and);
}

export function responsibilityStatement(edition: Edition): string | undefined {
  const parts: string[] = [];
  const words = {
    ara: { author: 'تأليف ', editor: 'تحقيق ', translator: 'ترجمة ' },
    eng: { author: 'by ', editor: 'edited by ', translator: 'translated by ' },
    fre: { author: '', editor: 'édité par ', translator: 'traduit par ' },
  }[edition.language];
  if (edition.authors?.length) parts.push(words.author + nameList(edition.authors, edition.language));
  for (const role of ['editor', 'translator'] as const) {
    const ids = (edition.contributors ?? []).filter(([, r]) => r === role).map(([id]) => id);
    if (ids.length) parts.push(words[role] + nameList(ids, edition.language));
  }
  return parts.length ? parts.join(' ; ') : undefined;
}

export function relatorTerm(role: 'editor' | 'translator', language: Edition['language']): string {
  if (language === 'ara') return role === 'editor' ? 'محقق' : 'مترجم';
  if (language === 'fre') return role === 'editor' ? 'éditeur scientifique' : 'traducteur';
  return role;
}

export function extent(edition: Edition): { pages: string; size: string } {
  const arabic = edition.language === 'ara';
  const pages = edition.volumesInSet
    ? (arabic ? `${edition.volumesInSet} مج.` : `${edition.volumesInSet} v.`)
    : (arabic ? `${edition.pages} ص.` : `${edition.pages} p.`);
  return { pages, size: arabic ? `${edition.cm} سم.` : `${edition.cm} cm.` };
}
