/**
 * Checks a snapshot, as a folder or as its .tar.gz, against its manifest.json: every
 * listed file present with its size and SHA-256, and no file that is not listed.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkAgainstManifest, describeFiles, listFiles, manifestFileName, parseManifest, type ManifestCheck } from './manifest.ts';
import { readTarGz } from './tar-reader.ts';

export async function verifySnapshot(path: string): Promise<ManifestCheck> {
  return (await stat(path)).isDirectory() ? verifyFolder(path) : verifyTarGz(path);
}

async function verifyFolder(dir: string): Promise<ManifestCheck> {
  const manifest = parseManifest(await readFile(join(dir, manifestFileName), 'utf8').catch(() => {
    throw new Error(`${dir} has no ${manifestFileName}: it is not a Fihris snapshot folder.`);
  }));
  return checkAgainstManifest(manifest, await describeFiles(dir, await listFiles(dir)));
}

/** Paths inside the archive lose their first component, the bundle's folder name. */
async function verifyTarGz(file: string): Promise<ManifestCheck> {
  const inner = (path: string) => path.slice(path.indexOf('/') + 1);
  const entries = await readTarGz(file, (path) => inner(path) === manifestFileName);
  const manifestEntry = entries.find((e) => inner(e.path) === manifestFileName);
  if (!manifestEntry?.content) throw new Error(`${file} holds no ${manifestFileName}: it is not a Fihris snapshot archive.`);
  const actual = entries.map((e) => ({ path: inner(e.path), size: e.size, sha256: e.sha256 }));
  return checkAgainstManifest(parseManifest(manifestEntry.content.toString('utf8')), actual);
}
