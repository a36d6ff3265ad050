/**
 * Scopes and facets: the same query narrowed by the URL parameters a shared link carries
 * (library, lang, format, from, to, subject). Records by 001 in tests/fixtures/search/.
 */
import type { SearchCase } from './variant-cases.ts';

const c = (name: string, q: string, params: Record<string, string>, want: string[], not: string[] = []): SearchCase =>
  ({ kind: 'scope', name, q, params, want, not });

export const scopeCases: SearchCase[] = [
  c('searches every library when no library is given', 'عمان', {}, ['N12', 'M04', 'S05']),
  c('keeps one library\'s records with library=', 'عمان', { library: 'srch-sur' }, ['S03', 'S05'], ['N18', 'M04']),
  c('keeps a library apart from one whose code begins with its code', 'عمان', { library: 'srch-sur' }, ['S03'], ['SN1']),
  c('keeps a record held by several libraries in each of their scopes', 'history oman', { library: 'srch-sur' }, ['M01']),
  c('lists a library\'s records with an empty query', '', { library: 'srch-muscat' }, ['M02', 'M16'], ['N18']),
  c('keeps English records with lang=eng, though Arabic ones match the romanised word', 'oman', { lang: 'eng' }, ['M01', 'M07'], ['N12', 'M04']),
  c('keeps French records with lang=fre', 'poesie', { lang: 'fre' }, ['M03']),
  c('lists every serial with format=serial and no query', '', { format: 'serial' }, ['N35', 'M09', 'S06'], ['N12']),
  c('keeps maps with format=map', 'عمان', { format: 'map' }, ['N36', 'S05'], ['N12', 'N18']),
  c('keeps the years of a from–to range', 'عمان', { from: '1990', to: '1999' }, ['N12', 'N40', 'S09'], ['N18', 'N07', 'N29']),
  c('keeps the years from a year on, with no query', '', { from: '2010' }, ['N07', 'N20', 'N31', 'M13'], ['N12', 'M01']),
  c('keeps one subject, by its main heading', '', { subject: 'الشعر العربي' }, ['N15', 'N16', 'N24', 'N39'], ['N19']),
  c('finds a subject typed with other spellings', '', { subject: 'الاباضيه' }, ['N40', 'N42'], ['N12']),
  c('combines a library, a language, a format and a range', 'تاريخ', { library: 'srch-sur', lang: 'ara', format: 'book', from: '1990', to: '2000' }, ['S03'], ['N29', 'M04']),
];
