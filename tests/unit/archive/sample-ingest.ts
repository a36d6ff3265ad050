/** The sample consortium in content/, ingested once per test file (no Astro: fast). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIdRegistry } from '../../../src/ingest/merge/id-registry.ts';
import { ingestCatalogue, type IngestResult } from '../../../src/ingest/pipeline.ts';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const sampleContentDir = join(repoRoot, 'content');

export function ingestSample(): Promise<IngestResult> {
  return ingestCatalogue({ contentDir: sampleContentDir, registry: readIdRegistry('') });
}
