/**
 * A hash of the code that writes a cached file: a version to bump by hand, and the source of
 * each writer, so that a change to any of them makes every cached file anew.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `sources` are paths relative to `from` (the caller's import.meta.url).
 * @example writersHash(1, ['./union-dumps.ts', './csv.ts'], import.meta.url) // '9c0e…' (64 hex digits)
 */
export function writersHash(version: number, sources: string[], from: string): string {
  const hash = createHash('sha256').update(String(version));
  for (const path of sources) hash.update('\u0000').update(readFileSync(fileURLToPath(new URL(path, from))));
  return hash.digest('hex');
}
