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
  c('keeps a record held by several libraries in each of their scopes', 'history oman', { library: 'srch-sur' }, ['M01']),
  c('lists a library\'s records with an empty query', '', { library: 'srch-muscat' }, ['M02', 'M16'], ['N18']),
];
