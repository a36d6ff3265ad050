/**
 * manifest.json: every file of a snapshot with its size and SHA-256, sorted by path,
 * and the comparison of a snapshot's actual files against it.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { compareBytes, sha256File } from './checksums.ts';

export const manifestFileName = 'manifest.json';
export const manifestFormatVersion = 1;

const manifestSchema = z.object({
  /** Version of this manifest's layout. */
  manifestFormat: z.literal(manifestFormatVersion),
  files: z.array(z.object({ path: z.string(), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['files'][number];

/** Every regular file under `dir`, as "/"-separated relative paths in byte order. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'))
    .sort(compareBytes);
}

export async function describeFiles(dir: string, paths: string[]): Promise<ManifestEntry[]> {
  const entries: ManifestEntry[] = [];
  for (const path of paths) {
    const absolute = join(dir, path);
    entries.push({ path, size: (await stat(absolute)).size, sha256: await sha256File(absolute) });
  }
  return entries;
}

export function manifestJson(files: ManifestEntry[]): string {
  const manifest: Manifest = { manifestFormat: manifestFormatVersion, files: [...files].sort((a, b) => compareBytes(a.path, b.path)) };
  return `${JSON.stringify(manifest, null, 1)}\n`;
}

/** Throws with what is wrong when the text is not a manifest this version reads. */
export function parseManifest(text: string): Manifest {
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`manifest.json is not a Fihris snapshot manifest (format ${manifestFormatVersion}): ${parsed.error.message}`);
  return parsed.data;
}

export interface ManifestCheck {
  missing: string[];
  /** Listed and present, but with another size or SHA-256. */
  altered: string[];
  /** Present but not listed (manifest.json itself excepted). */
  unlisted: string[];
  checked: number;
}

export function checkAgainstManifest(manifest: Manifest, actual: ManifestEntry[]): ManifestCheck {
  const found = new Map(actual.map((entry) => [entry.path, entry]));
  const listed = new Set(manifest.files.map((f) => f.path));
  const missing: string[] = [];
  const altered: string[] = [];
  for (const expected of manifest.files) {
    const entry = found.get(expected.path);
    if (!entry) missing.push(expected.path);
    else if (entry.size !== expected.size || entry.sha256 !== expected.sha256) altered.push(expected.path);
  }
  const unlisted = actual.map((e) => e.path).filter((p) => !listed.has(p) && p !== manifestFileName);
  return { missing, altered, unlisted, checked: manifest.files.length };
}

export function isIntact(check: ManifestCheck): boolean {
  return check.missing.length + check.altered.length + check.unlisted.length === 0;
}
