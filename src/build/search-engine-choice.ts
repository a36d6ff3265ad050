/**
 * Which search index `fihris build` writes. The search page's island asks the same question in
 * the browser (src/client/search/engine-choice.ts), so a site carries exactly one index.
 * To add an engine: one entry in `searchIndexBuilders` and one in the browser's list.
 */
import { join } from 'node:path';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { fihrisIndexFolder } from '../shared/search/fihris-index-format.ts';
import { buildFihrisIndex } from '../search-index/build-index.ts';
import { buildPagefindIndex } from './pagefind-index.ts';

export const searchEngineChoices = ['pagefind', 'fihris', 'auto'] as const;
export type SearchEngineChoice = (typeof searchEngineChoices)[number];
export type SearchEngineName = Exclude<SearchEngineChoice, 'auto'>;

export function isSearchEngineChoice(value: string): value is SearchEngineChoice {
  return (searchEngineChoices as readonly string[]).includes(value);
}

/**
 * Above this many union records Pagefind's first query is well over the 100 KB budget: its code
 * and WebAssembly alone are about 70 KB gzipped, and pf_meta and the index chunks grow with the
 * catalogue (scripts/measure-pagefind-size.ts: 104 KB at 500 records, 118 KB at 2k, 233 KB at 20k).
 */
export const pagefindRecordLimit = 1_000;

/** Each builder passes over the records once: they may stream from a file. */
type IndexBuilder = (records: Iterable<UnionRecord>, outDir: string) => Promise<unknown>;

const searchIndexBuilders: Record<SearchEngineName, IndexBuilder> = {
  pagefind: (records, outDir) => buildPagefindIndex(records, { outDir }),
  fihris: (records, outDir) => buildFihrisIndex(records, { outDir: join(outDir, fihrisIndexFolder) }),
};

/** `auto` picks Pagefind for small catalogues and the project's own index for large ones. */
export function resolveSearchEngine(choice: SearchEngineChoice, recordCount: number): SearchEngineName {
  if (choice !== 'auto') return choice;
  return recordCount > pagefindRecordLimit ? 'fihris' : 'pagefind';
}

/**
 * Writes the engine's index into the built site (the search page was told which, before
 * Astro rendered it).
 * @example await buildSearchIndex(records, 'dist', resolveSearchEngine('auto', records.length))
 */
export async function buildSearchIndex(records: Iterable<UnionRecord>, outDir: string, engine: SearchEngineName): Promise<void> {
  await searchIndexBuilders[engine](records, outDir);
}
