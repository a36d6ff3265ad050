/**
 * Builds the search test content (tests/fixtures/search/) with the real `fihris build`, for one
 * search engine, and serves it on 127.0.0.1: what every engine's conformance run starts from.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../src/serve/static-server.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const searchContentDir = join(repoRoot, 'tests/fixtures/search');

export interface SearchSite {
  /** Site root URL, ending in "/". */
  url: string;
  /** The built site on disk (its data/union.jsonl names the records). */
  siteDir: string;
  close(): Promise<void>;
}

/**
 * @example const site = await buildSearchSite('pagefind'); … await site.close();
 */
export async function buildSearchSite(engine: string, contentDir = searchContentDir): Promise<SearchSite> {
  const siteDir = await mkdtemp(join(tmpdir(), `fihris-search-${engine}-`));
  const build = spawnSync(process.execPath, ['scripts/fihris.ts', 'build', '--content', contentDir, '--out', siteDir, '--search-engine', engine], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (build.status !== 0) throw new Error(`fihris build --search-engine ${engine} failed (exit ${build.status}):\n${build.stderr}`);
  const server = await startStaticServer({ root: siteDir });
  return {
    url: server.url,
    siteDir,
    async close() {
      await server.close();
      await rm(siteDir, { recursive: true, force: true });
    },
  };
}
