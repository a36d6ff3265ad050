/**
 * Finds terms in the two-level dictionary: root.json lists a separator for each page, a page
 * one for each chunk, a chunk holds the entries. All lookups of a query share rounds:
 * one for the pages, one for the chunks, one for the block tables of big terms.
 */
import { ByteReader } from './fihris-index-bytes.ts';
import { decodeBlockTable, decodeChunk, decodePage, type DictionaryChunk } from './fihris-index-entry.ts';
import { decodeOrFail, type IndexFiles, type QueryCost } from './fihris-index-files.ts';
import { chooseCompletions, fromBase64, isCompletable, type IndexRoot, type PageChunk, type TermEntry } from '../../shared/search/fihris-index-format.ts';

/** Index of the last item whose separator is ≤ key (0 when key sorts before all). */
function landing<T>(items: T[], firstOf: (item: T) => string, key: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (firstOf(items[mid]) <= key) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low - 1);
}

export interface Lookup {
  key: string;
  prefix: boolean;
}

export class Dictionary {
  private readonly files: IndexFiles;
  private readonly pages: PageChunk[];
  private readonly chunks = new Map<string, DictionaryChunk>();

  constructor(files: IndexFiles, root: IndexRoot) {
    this.files = files;
    this.pages = decodeOrFail('root.json', () => decodePage(fromBase64(root.pages), 'i'));
  }

  private async chunkFilesFor(keys: string[], cost: QueryCost): Promise<PageChunk[]> {
    const pages = keys.map((key) => this.pages[landing(this.pages, (page) => page[0], key)]);
    const loaded = await this.files.getAll(pages.map((page) => page[1]), cost);
    return keys.map((key, i) => {
      const chunks = decodeOrFail(pages[i][1], () => decodePage(loaded[i], 'd'));
      return chunks[landing(chunks, (chunk) => chunk[0], key)];
    });
  }

  private async chunksFor(keys: string[], cost: QueryCost): Promise<DictionaryChunk[]> {
    const chunkFiles = await this.chunkFilesFor(keys, cost);
    const loaded = await this.files.getAll(chunkFiles.map((chunk) => chunk[1]), cost);
    return chunkFiles.map(([, name], i) => {
      let chunk = this.chunks.get(name);
      if (!chunk) {
        chunk = decodeOrFail(name, () => decodeChunk(loaded[i]));
        this.chunks.set(name, chunk);
      }
      return chunk;
    });
  }

  /** The entries of each lookup: the term itself, or a prefix word's completions. */
  async find(lookups: Lookup[], cost: QueryCost): Promise<TermEntry[][]> {
    const chunks = await this.chunksFor(lookups.map((lookup) => lookup.key), cost);
    const found = lookups.map(({ key, prefix }, i) => {
      const chunk = chunks[i];
      if (!prefix) return chunk.entries.has(key) ? [chunk.entries.get(key)!] : [];
      const listed = chunk.completions.get(key);
      if (listed) return listed;
      const candidates = chunk.terms.filter((term) => term.startsWith(key) && isCompletable(term)).map((term) => chunk.entries.get(term)!);
      const chosen = new Set(chooseCompletions(candidates, key));
      return candidates.filter((entry) => chosen.has(entry.term));
    });
    return found;
  }

  /**
   * Big terms keep their block table in a t/ file: one more round, only for them, and only
   * when a query must read their blocks (their top postings often settle it first).
   * `alongside`: files the run will read next, fetched in the same round.
   */
  async loadTables(entries: TermEntry[], cost: QueryCost, alongside: string[] = []): Promise<void> {
    const waiting = entries.filter((entry) => entry.table && !entry.blocks);
    const loaded = await this.files.getAll([...waiting.map((entry) => entry.table!.file.name), ...alongside], cost);
    waiting.forEach((entry, i) => {
      const table = entry.table!;
      entry.blocks = decodeOrFail(table.file.name, () =>
        decodeBlockTable(new ByteReader(loaded[i], table.offset, table.offset + table.length), table.blockCount));
    });
  }
}
