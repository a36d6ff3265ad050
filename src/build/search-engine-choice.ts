/**
 * Which search index `fihris build` writes. The search page's island asks the same question in
 * the browser (src/client/search/engine-choice.ts), so a site carries exactly one index.
 * To add an engine: one entry in `searchIndexBuilders` and one in the browser's list.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { buildPagefindIndex } from './pagefind-index.ts';

export const searchEngineChoices = ['pagefind', 'fihris', 'auto'] as const;
export type SearchEngineChoice = (typeof searchEngineChoices)[number];
type SearchEngineName = Exclude<SearchEngineChoice, 'auto'>;

export function isSearchEngineChoice(value: string): value is SearchEngineChoice {
  return (searchEngineChoices as readonly string[]).includes(value);
}

/**
 * Above this many union records Pagefind's first query is well over the 100 KB budget: its code
 * and WebAssembly alone are about 70 KB gzipped, and pf_meta and the index chunks grow with the
 * catalogue (scripts/measure-pagefind-size.ts: 104 KB at 500 records, 118 KB at 2k, 233 KB at 20k).
 */
export const pagefindRecordLimit = 1_000;

type IndexBuilder = (records: readonly UnionRecord[], outDir: string) => Promise<unknown>;

const searchIndexBuilders: Record<SearchEngineName, IndexBuilder | undefined> = {
  pagefind: (records, outDir) => buildPagefindIndex(records, { outDir }),
  // The project's own index (src/search-index/) registers its builder here.
  fihris: undefined,
};

/** `auto` picks Pagefind for small catalogues and the project's own index for large ones. */
export function resolveSearchEngine(choice: SearchEngineChoice, recordCount: number): SearchEngineName {
  if (choice !== 'auto') return choice;
  return recordCount > pagefindRecordLimit && searchIndexBuilders.fihris ? 'fihris' : 'pagefind';
}

/**
 * Writes the chosen engine's index into the built site; says which one it wrote.
 * @example await buildSearchIndex(records, 'dist', 'auto') // 'pagefind'
 */
export async function buildSearchIndex(records: readonly UnionRecord[], outDir: string, choice: SearchEngineChoice): Promise<SearchEngineName> {
  const engine = resolveSearchEngine(choice, records.length);
  const builder = searchIndexBuilders[engine];
  if (!builder) throw new Error(`The search engine "${engine}" is not available in this build yet: use --search-engine pagefind.`);
  await builder(records, outDir);
  return engine;
}
