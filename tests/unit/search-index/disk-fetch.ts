/**
 * A fetch over the built index files on disk, so tests run the real engine on the real files.
 * `tamper` lets a test damage or hide one file.
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
