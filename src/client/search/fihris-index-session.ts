/**
 * One site's index as a page holds it: its files downloaded so far, and the root and the
 * dictionary, opened once. The engine runs every query over a session; the search page's first
 * part (search-start.ts) starts the first query's dictionary reads in the page's session before
 * the rest of the page's script has arrived, and the engine then finds those files held.
 */
import { Dictionary } from './fihris-index-dictionary.ts';
import { FihrisIndexError } from './fihris-index-error.ts';
import { decodeOrFail, IndexFiles, type QueryCost } from './fihris-index-files.ts';
import { lookupId, type QueryRun } from './fihris-index-query.ts';
import { scopedLookup } from './fihris-index-scoped.ts';
import { formatName, type IndexRoot, type TermEntry } from '../../shared/search/fihris-index-format.ts';

export interface OpenedIndex {
  root: IndexRoot;
  dictionary: Dictionary;
}

export interface IndexSession {
  files: IndexFiles;
  /** The root and the dictionary; a failed open is forgotten, so that the next query tries again. */
  open(cost: QueryCost): Promise<OpenedIndex>;
}

/** @param baseUrl the index folder's URL (the one holding root.json). */
export function openIndexSession(baseUrl: string, fetcher: typeof fetch = globalThis.fetch.bind(globalThis)): IndexSession {
  const files = new IndexFiles(baseUrl, fetcher);
  let opened: Promise<OpenedIndex> | undefined;
  return {
    files,
    open(cost) {
      opened ??= files.getAll(['root.json'], cost).then(([bytes]) => {
        const root = decodeOrFail('root.json', () => JSON.parse(new TextDecoder().decode(bytes)) as IndexRoot);
        if (root.format !== formatName) throw new FihrisIndexError('corrupt', 'root.json', `format ${root.format}, expected ${formatName}`);
        return { root, dictionary: new Dictionary(files, root) };
      });
      opened.catch(() => (opened = undefined));
      return opened;
    },
  };
}

const pageSessions = new Map<string, IndexSession>();

/**
 * The page's one session of the index its search root names (data-fihris-index), shared by
 * whatever part of the page reads that index.
 */
export function pageIndexSession(searchRoot: HTMLElement): IndexSession {
  const baseUrl = new URL(searchRoot.dataset.fihrisIndex ?? './fihris-index/', location.href).href;
  let session = pageSessions.get(baseUrl);
  if (!session) pageSessions.set(baseUrl, (session = openIndexSession(baseUrl)));
  return session;
}

/**
 * Each lookup of the runs (and of their scoped lists) with its entries, all found in one go:
 * a range's year prefixes are looked up as exact terms, its entries are theirs.
 */
export async function findEntries(runs: QueryRun[], dictionary: Dictionary, cost: QueryCost): Promise<Map<string, TermEntry[]>> {
  const scoped = runs.flatMap((run) => scopedLookup(run) ?? []);
  const lookups = [...new Map([...runs.flatMap((run) => run.required), ...scoped].map((l) => [lookupId(l), l])).values()];
  const plain = lookups.flatMap((lookup) => lookup.anyOf?.map((key) => ({ key, prefix: false })) ?? [lookup]);
  const unique = [...new Map(plain.map((l) => [lookupId(l), l])).values()];
  const found = await dictionary.find(unique, cost);
  const entriesOf = new Map(unique.map((lookup, i) => [lookupId(lookup), found[i]]));
  for (const lookup of lookups) {
    if (lookup.anyOf) entriesOf.set(lookupId(lookup), lookup.anyOf.flatMap((key) => entriesOf.get(lookupId({ key, prefix: false }))!));
  }
  return entriesOf;
}
