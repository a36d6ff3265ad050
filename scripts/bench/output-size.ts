/** File count and bytes of a built folder (or of the part of it a filter keeps). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface OutputSize {
  files: number;
  bytes: number;
}

export function outputSize(dir: string, keep: (path: string) => boolean = () => true): OutputSize {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!keep(path)) continue;
    files++;
    bytes += statSync(path).size;
  }
  return { files, bytes };
}
