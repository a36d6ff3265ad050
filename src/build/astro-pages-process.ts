/**
 * `astro build` of the site's pages, run in a process of its own by astro-pages.ts:
 *   node astro-pages-process.ts <dataDir> <outDir> <basePath>
 * Astro renders every page but the many that the page renderer makes (src/build/page-renderer/),
 * of which it renders one of each kind, the probes (FIHRIS_ASTRO_PAGES=probes).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as astroBuild } from 'astro';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [dataDir, outDir, basePath] = process.argv.slice(2);
process.env.FIHRIS_SITE_DATA = dataDir;
process.env.FIHRIS_ASTRO_PAGES = 'probes';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro keeps its build chunks in <cwd>/.astro/.prerender when outDir is outside the working
// directory, so two builds from one checkout (tests, a benchmark) deleted each other's chunks.
// Each build runs from a scratch folder of its own, inside the project so that the chunks
// still resolve packages from its node_modules.
await mkdir(join(projectRoot, '.fihris'), { recursive: true });
const scratchDir = await mkdtemp(join(projectRoot, '.fihris', 'astro-'));
process.chdir(scratchDir);
try {
  // The output folder was emptied when the build started (clear-output-folder.ts).
  await astroBuild({ root: projectRoot, outDir, base: basePath, logLevel: 'warn', vite: { build: { emptyOutDir: false } } });
} finally {
  process.chdir(projectRoot);
  await rm(scratchDir, { recursive: true, force: true });
}
