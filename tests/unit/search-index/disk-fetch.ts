/**
 * A fetch over the built index files on disk, so tests run the real engine on the real files.
 * `tamper` lets a test damage or hide one file; `recordingFetch` notes what it served,
 * `roundsFetch` serves them in network rounds.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const baseUrl = 'https://index.test/fihris-index/';

export function diskFetch(dir: string, tamper?: (name: string, bytes: Uint8Array) => Uint8Array | undefined): typeof fetch {
  return (async (input: string | URL | Request) => {
    const name = String(input).slice(baseUrl.length);
    let bytes: Uint8Array | undefined;
    try {
      bytes = new Uint8Array(await readFile(join(dir, name)));
    } catch {
      return new Response('not found', { status: 404 });
    }
    if (tamper) bytes = tamper(name, bytes);
    return bytes ? new Response(bytes as Uint8Array<ArrayBuffer>) : new Response('not found', { status: 404 });
  }) as typeof fetch;
}

/**
 * The same fetch over a network in rounds: every request waits for the round, and a round
 * answers all that are waiting. `roundOf` gives the round each file was asked for in.
 */
export function roundsFetch(dir: string): { fetch: typeof fetch; roundOf: Map<string, number> } {
  const roundOf = new Map<string, number>();
  let round = 0;
  let waiting: Array<() => void> = [];
  const files = diskFetch(dir);
  const fetchInRounds = (async (input: string | URL | Request) => {
    roundOf.set(String(input).slice(baseUrl.length), round);
    if (waiting.length === 0) setTimeout(() => { round++; const answer = waiting; waiting = []; answer.forEach((go) => go()); }, 5);
    await new Promise<void>((go) => waiting.push(go));
    return files(input);
  }) as typeof fetch;
  return { fetch: fetchInRounds, roundOf };
}

/** The same fetch, noting each file it serves with its size: what a test asserts a query read. */
export function recordingFetch(dir: string): { fetch: typeof fetch; read: Map<string, number> } {
  const read = new Map<string, number>();
  return { fetch: diskFetch(dir, (name, bytes) => (read.set(name, bytes.length), bytes)), read };
}
