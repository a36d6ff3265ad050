/**
 * Queries nobody chose, for checking the engine against the scan: one to three words drawn from
 * the first titles, a third of them complete (a space after), some cut two letters short, some a
 * phrase, a fifth scoped to a library and a tenth to a language. Seeded, so a run is repeatable.
 */
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import type { FacetScope } from '../../../src/shared/search/facet-keys.ts';

/**
 * Queries from a seeded generator (a linear congruential one: the same queries on every run).
 * @example randomQueries(records, 300, 20261127).length // 300, the same queries on every run
 */
export function randomQueries(all: UnionRecord[], count: number, seed: number): { query: string; scope: FacetScope }[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  const words = all.slice(0, 2000).flatMap((record) => record.description.title.proper.split(/[\s:/.،,;()-]+/)).filter((word) => word.length >= 2);
  const libraries = [...new Set(all.flatMap((record) => record.members.map((member) => member.libraryCode)))].sort();
  return Array.from({ length: count }, () => {
    let query = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(words)).join(' ');
    const form = next();
    if (form < 0.3) query += ' ';
    else if (form < 0.45) query = query.slice(0, Math.max(2, query.length - 2));
    else if (form < 0.5) query = `"${query}"`;
    const scoped = next();
    const scope: FacetScope = scoped < 0.2 ? { library: pick(libraries) } : scoped < 0.3 ? { language: pick(['ara', 'eng']) } : {};
    return { query, scope };
  });
}
