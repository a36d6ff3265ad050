/**
 * `fihris snapshot`: a versioned, self-contained archival bundle.
 *   OUT/site/                 the built site, bulk dumps included (site/data/dumps/)
 *   OUT/build-metadata.json   commits, input checksums per library, tool versions, date
 *   OUT/README.txt            what the bundle is and how to check it without Fihris
 *   OUT/SHA256SUMS            every file but itself and the manifest, for `sha256sum -c`
 *   OUT/manifest.json         every file but itself: path, size, SHA-256
 *   OUT.tar.gz                the same bundle as one deterministic file, under OUT's name
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../build/build-site.ts';
import { buildMetadata } from './build-metadata.ts';
import { sha256SumsText } from './checksums.ts';
import { describeFiles, listFiles, manifestFileName, manifestJson } from './manifest.ts';
import { sourceDate } from './source-date.ts';
import { writeTarGz } from './tar-writer.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface SnapshotOptions {
  contentDir: string;
  outDir: string;
  basePath: string;
  siteUrl?: string;
  log: (line: string) => void;
}

export interface SnapshotSummary {
  outDir: string;
  tarPath: string;
  files: number;
  unionRecords: number;
}

export async function createSnapshot(options: SnapshotOptions): Promise<SnapshotSummary> {
  const outDir = resolve(options.outDir);
  await requireEmptyFolder(outDir);
  const registryPath = join(options.contentDir, 'registry', 'union-ids.tsv');
  const { ingest } = await buildSite({ ...options, outDir: join(outDir, 'site'), registryPath, writeRegistry: false });

  options.log('writing the snapshot\'s metadata, checksums and manifest …');
  const metadata = await buildMetadata({ projectRoot, contentDir: options.contentDir, basePath: options.basePath, siteUrl: options.siteUrl, registryPath });
  await writeFile(join(outDir, 'build-metadata.json'), `${JSON.stringify(metadata, null, 1)}\n`);
  await writeFile(join(outDir, 'README.txt'), readme);
  const contents = await describeFiles(outDir, await listFiles(outDir));
  await writeFile(join(outDir, 'SHA256SUMS'), sha256SumsText(contents));
  const files = await describeFiles(outDir, (await listFiles(outDir)).filter((p) => p !== manifestFileName));
  await writeFile(join(outDir, manifestFileName), manifestJson(files));

  const tarPath = `${outDir}.tar.gz`;
  const all = await describeFiles(outDir, await listFiles(outDir));
  const top = basename(outDir);
  const epoch = Math.floor(Date.parse(sourceDate(options.contentDir)?.iso ?? '1970-01-01T00:00:00Z') / 1000);
  await writeTarGz(tarPath, all.map((f) => ({ name: `${top}/${f.path}`, absolutePath: join(outDir, f.path), size: f.size })), epoch);
  return { outDir, tarPath, files: all.length, unionRecords: ingest.unionRecords.length };
}

async function requireEmptyFolder(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => undefined);
  if (entries && entries.length > 0) {
    throw new SnapshotUsageError(`${dir} is not empty. A snapshot goes into a new folder: choose another --out or delete this one.`);
  }
  await mkdir(dir, { recursive: true });
}

/** A mistake in how the command was called (exit 2), not a failure of the tool. */
export class SnapshotUsageError extends Error {}

const readme = `Fihris (فهرس) union catalogue: archival snapshot

site/                 the catalogue as a static web site; open site/index.html or serve the folder
site/data/dumps/      the catalogue in bulk: MARCXML, JSON Lines and CSV, union and per library
build-metadata.json   what was built, from which data and commits, with which tools, and when
manifest.json         every file of this bundle with its size and SHA-256
SHA256SUMS            the same checksums for coreutils

To check that nothing is missing or altered:
  sha256sum -c SHA256SUMS          (any system with GNU coreutils)
  fihris verify-snapshot .         (also reports files that are not listed)
`;
