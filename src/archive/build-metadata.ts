/**
 * build-metadata.json: what a snapshot was built from and with, so that in twenty years
 * someone can say which data and which code made it. The date is the only date in the
 * bundle, and it comes from SOURCE_DATE_EPOCH or the content's commit (source-date.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareBytes, sha256SumsText, sha256Text } from './checksums.ts';
import { describeFiles, listFiles } from './manifest.ts';
import { git, sourceDate } from './source-date.ts';

export const snapshotFormatVersion = 1;

export interface BuildMetadataInput {
  projectRoot: string;
  contentDir: string;
  basePath: string;
  siteUrl?: string;
  registryPath: string;
}

export async function buildMetadata(input: BuildMetadataInput): Promise<Record<string, unknown>> {
  const date = sourceDate(input.contentDir);
  return {
    snapshotFormat: snapshotFormatVersion,
    date: date?.iso ?? null,
    dateFrom: date?.from ?? null,
    source: {
      fihrisCommit: git(input.projectRoot, ['rev-parse', 'HEAD']) ?? null,
      contentCommit: git(input.contentDir, ['rev-parse', 'HEAD']) ?? null,
      // True when the content folder differs from its commit: the commit alone does not say what was built.
      contentHasUncommittedChanges: contentIsDirty(input.contentDir),
    },
    tools: await toolVersions(input.projectRoot),
    build: { basePath: input.basePath, siteUrl: input.siteUrl ?? null },
    inputs: { libraries: await libraryChecksums(input.contentDir), registry: await registryChecksum(input.registryPath) },
  };
}

function contentIsDirty(contentDir: string): boolean | null {
  const status = git(contentDir, ['status', '--porcelain', '--', '.']);
  return status === undefined ? null : status !== '';
}

async function toolVersions(projectRoot: string): Promise<Record<string, string | null>> {
  const version = async (path: string) => {
    try {
      return (JSON.parse(await readFile(join(projectRoot, path), 'utf8')) as { version?: string }).version ?? null;
    } catch {
      return null;
    }
  };
  return {
    fihris: await version('package.json'),
    node: process.version,
    astro: await version('node_modules/astro/package.json'),
    pagefind: await version('node_modules/pagefind/package.json'),
  };
}

/**
 * Per library: every file in its folder with size and SHA-256, and one SHA-256 for the
 * library: that of its files' `sha256sum` listing, so it can be recomputed with coreutils.
 */
async function libraryChecksums(contentDir: string) {
  const librariesDir = join(contentDir, 'libraries');
  const paths = await listFiles(librariesDir).catch(() => [] as string[]);
  const codes = [...new Set(paths.map((p) => p.split('/')[0]))].sort(compareBytes);
  const libraries = [];
  for (const code of codes) {
    const files = await describeFiles(join(librariesDir, code), paths.filter((p) => p.startsWith(`${code}/`)).map((p) => p.slice(code.length + 1)));
    libraries.push({ code, sha256: sha256Text(sha256SumsText(files)), files });
  }
  return libraries;
}

async function registryChecksum(registryPath: string) {
  const text = await readFile(registryPath).catch(() => undefined);
  return text === undefined ? null : { size: text.length, sha256: sha256Text(text) };
}
