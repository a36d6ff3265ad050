/**
 * Temporary folders for a test file, deleted once its tests have run, and a folder's files read
 * back for comparing two builds byte for byte.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A maker of folders under the system's temporary folder, each named `prefix` and a random tail.
 * @example const scratch = scratchFolders('fihris-index-cache-'); const out = scratch();
 */
export function scratchFolders(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** Every file under `dir`, by its path from `dir` ('/a/b.json'), with its bytes in base64, in path order. */
export function filesWithBytes(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name)).sort().map((path) => [path.slice(dir.length), readFileSync(path).toString('base64')]));
}
