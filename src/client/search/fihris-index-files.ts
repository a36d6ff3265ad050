/**
 * Downloads index files: each once (kept for later queries), all of a round in parallel, each
 * checked against the hash in its name. Counts what every query costs.
 */
import { FihrisIndexError } from './fihris-index-error.ts';
import { cardTag, contentHash, hashOfName } from '../../shared/search/fihris-index-format.ts';

export interface QueryCost {
  /** Bytes downloaded for this query (files already held cost nothing). */
  bytes: number;
  requests: number;
  /** Rounds of parallel downloads: the round trips a slow link pays for. */
  rounds: number;
}

export class IndexFiles {
  private readonly baseUrl: string;
  private readonly fetcher: typeof fetch;
  private readonly held = new Map<string, Promise<Uint8Array>>();

  constructor(baseUrl: string, fetcher: typeof fetch) {
    this.baseUrl = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    this.fetcher = fetcher;
  }

  has(name: string): boolean {
    return this.held.has(name);
  }

  /**
   * Downloads the files not held yet, in one parallel round, and returns all of them. `ahead`:
   * files a later step may read, asked for in the same round; one that fails is an error only
   * if that step reads it (a failed download is not kept: the step asks again).
   */
  async getAll(names: string[], cost: QueryCost, ahead: string[] = []): Promise<Uint8Array[]> {
    if ([...names, ...ahead].some((name) => !this.held.has(name))) cost.rounds++;
    // Not awaited: get() already handles a failure (it forgets the file).
    for (const name of ahead) this.get(name, cost);
    return Promise.all(names.map((name) => this.get(name, cost)));
  }

  get(name: string, cost: QueryCost): Promise<Uint8Array> {
    let file = this.held.get(name);
    if (!file) {
      file = this.download(name, cost);
      this.held.set(name, file);
      // A failed download is forgotten, so that a retry downloads it again.
      file.catch(() => this.held.delete(name));
    }
    return file;
  }

  private async download(name: string, cost: QueryCost): Promise<Uint8Array> {
    let response: Response;
    try {
      response = await this.fetcher(this.baseUrl + name);
    } catch (error) {
      throw new FihrisIndexError('network', name, String(error));
    }
    if (!response.ok) throw new FihrisIndexError(response.status === 404 ? 'missing' : 'network', name, `HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    cost.bytes += bytes.length;
    cost.requests++;
    if (!matchesName(name, bytes)) throw new FihrisIndexError('corrupt', name, 'its content does not match its name');
    return bytes;
  }
}

function matchesName(name: string, bytes: Uint8Array): boolean {
  if (name === 'root.json') return true;
  const expected = hashOfName(name);
  return name.startsWith('c/') ? cardTag(bytes) === expected : contentHash(bytes) === expected;
}

/** Parses a file, turning a decoding failure into the reader-facing error. */
export function decodeOrFail<T>(name: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof FihrisIndexError) throw error;
    throw new FihrisIndexError('corrupt', name, error instanceof Error ? error.message : String(error));
  }
}
