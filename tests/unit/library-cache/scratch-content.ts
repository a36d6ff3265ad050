/**
 * A content folder of its own for each test: the sample consortium (content/) plus the
 * library-cache fixtures, copied into a temporary folder the test may change.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIdRegistry } from '../../../src/ingest/merge/id-registry.ts';
import { ingestCatalogue, type IngestOptions, type IngestResult } from '../../../src/ingest/pipeline.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = join(repoRoot, 'tests/fixtures/library-cache');

export interface Scratch {
  contentDir: string;
  cacheDir: string;
  libraryDir: (code: string) => string;
  /** Ingests the scratch content; with `cached`, through its cache folder. */
  ingest: (options?: Partial<IngestOptions> & { cached?: boolean }) => Promise<IngestResult>;
  remove: () => Promise<void>;
}

export async function scratchContent(): Promise<Scratch> {
  const root = await mkdtemp(join(tmpdir(), 'fihris-library-cache-'));
  const contentDir = join(root, 'content');
  const cacheDir = join(root, 'cache');
  await cp(join(repoRoot, 'content/libraries'), join(contentDir, 'libraries'), { recursive: true });
  for (const code of ['unreadable-profile', 'missing-dump']) await cp(join(fixtures, code), join(contentDir, 'libraries', code), { recursive: true });
  const libraryDir = (code: string) => join(contentDir, 'libraries', code);
  const ingest = ({ cached = true, ...options }: Partial<IngestOptions> & { cached?: boolean } = {}) =>
    ingestCatalogue({ contentDir, registry: readIdRegistry(''), ...(cached ? { cacheDir } : {}), ...options });
  return { contentDir, cacheDir, libraryDir, ingest, remove: () => rm(root, { recursive: true, force: true }) };
}

/**
 * An ingest result as plain data: the source record store as its entries (its slabs are
 * private fields, which a deep equality would not look into), without the cache report.
 */
export function comparable(result: IngestResult) {
  const { cachedLibraries: _cachedLibraries, sourceRecords, ...rest } = result;
  return { ...rest, sourceRecords: [...sourceRecords.entries()] };
}
