/**
 * Measures indexTerms() throughput (words per second) over about a million words of synthetic
 * catalogue text: 80k records of 12 words, Arabic with clitics, suffixes, some tashkeel and
 * hamza seats, romanised and English words, digits. A measurement, not a test:
 *   node tests/unit/shared-text/measure-throughput.ts
 */
import { indexTerms, queryTerms } from '../../../src/shared/text/arabic.ts';

const arabic = [
  'تاريخ', 'عمان', 'مكتبة', 'المخطوطات', 'كتب', 'العلماء', 'رسائل', 'مسقط', 'نزوى', 'السلطان', 'قابوس',
  'وزارة', 'التراث', 'والثقافة', 'الأدب', 'الإسلامي', 'مُحَمَّد', 'أحمد', 'مسؤول', 'القرآن', 'الكريم', 'فهرس',
  'دراسات', 'الخليج', 'العربي', 'الفقه', 'الإباضي', 'شعر', 'ديوان', 'الرحلة', 'بطوطة', 'ابن', 'خلدون',
  'المقدمة', 'للطباعة', 'والنشر', 'بيروت', 'دار', 'الفكر', 'الجزء', 'الأول', 'سلسلة', 'البحوث',
];
const latin = ['Taʼrīkh', 'ʻUmān', 'al-Qurʼān', 'history', 'of', 'Oman', 'Library', 'Congress', 'manuscripts', 'Khaldūn'];
const affixes = ['', '', '', 'و', 'ال', 'وال', 'بال', 'لل'];
const endings = ['', '', '', 'ها', 'ات', 'ين', 'ه'];

let seed = 42;
const next = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};

function word(): string {
  const roll = next(10);
  if (roll < 7) return affixes[next(affixes.length)] + arabic[next(arabic.length)] + endings[next(endings.length)];
  if (roll < 9) return latin[next(latin.length)];
  return String(1300 + next(800));
}

const records: string[] = [];
let words = 0;
while (words < 1_000_000) {
  const length = 12;
  records.push(Array.from({ length }, word).join(' '));
  words += length;
}

for (let warm = 0; warm < 2000; warm++) indexTerms(records[warm]);
let terms = 0;
const start = performance.now();
for (const record of records) terms += indexTerms(record).length;
const seconds = (performance.now() - start) / 1000;

const queryStart = performance.now();
for (let i = 0; i < 10_000; i++) queryTerms(records[i].slice(0, 30));
const perQuery = (performance.now() - queryStart) / 10_000;

console.log(`${records.length} records, ${words} words, ${terms} index terms (${(terms / words).toFixed(2)} per word)`);
console.log(`indexTerms: ${seconds.toFixed(2)} s, ${Math.round(words / seconds).toLocaleString('en')} words/s`);
console.log(`queryTerms: ${(perQuery * 1000).toFixed(1)} µs per query`);
