/**
 * `astro build` of the site's pages, run in a process of its own by astro-pages.ts:
 *   node astro-pages-process.ts <dataDir> <outDir> <basePath>
 * Astro renders every page but those the page renderer makes (src/build/page-renderer/), of
 * which it renders one of each kind, the probes (FIHRIS_ASTRO_PAGES=probes), from the props the
 * build staged for them (probe-pages.json): it never reads union.jsonl. It bundles the
 * site's code first, then waits for a line on its input (astro-pages.ts: the data is staged)
 * before its pages read the data folder.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as astroBuild, type AstroIntegration } from 'astro';
import { deleteWhenStopped } from './delete-when-stopped.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [dataDir, outDir, basePath] = process.argv.slice(2);
process.env.FIHRIS_SITE_DATA = dataDir;
process.env.FIHRIS_ASTRO_PAGES = 'probes';
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** Resolves at the first line on this process's input; rejects if the input closes without one. */
function dataStaged(): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes('\n')) resolvePromise();
    });
    process.stdin.on('end', () => reject(new Error('The build stopped before the site data was staged.')));
  });
}

/**
 * Astro's page generation waits for the staged data: its prerenderer's setup, which runs once
 * the code is bundled and before any page or getStaticPaths runs, first awaits dataStaged().
 */
const waitForStagedData: AstroIntegration = {
  name: 'fihris:wait-for-staged-data',
  hooks: {
    'astro:build:start': ({ setPrerenderer }) => {
      const staged = dataStaged();
      // Awaited by the setup below; until then a closed input is not an unhandled rejection.
      staged.catch(() => {});
      setPrerenderer((prerenderer) => ({
        ...prerenderer,
        setup: async () => {
          await staged;
          await prerenderer.setup?.();
        },
      }));
    },
  },
};

// Astro keeps its build chunks in <cwd>/.astro/.prerender when outDir is outside the working
// directory, so two builds from one checkout (tests, a benchmark) deleted each other's chunks.
// Each build runs from a scratch folder of its own, inside the project so that the chunks
// still resolve packages from its node_modules.
await mkdir(join(projectRoot, '.fihris'), { recursive: true });
const scratchDir = await mkdtemp(join(projectRoot, '.fihris', 'astro-'));
const scratch = deleteWhenStopped([scratchDir]);
process.chdir(scratchDir);
try {
  // The output folder was emptied when the build started (clear-output-folder.ts).
  await astroBuild({
    root: projectRoot, outDir, base: basePath, logLevel: 'warn', vite: { build: { emptyOutDir: false } }, integrations: [waitForStagedData],
  });
} finally {
  process.chdir(projectRoot);
  await rm(scratchDir, { recursive: true, force: true });
  scratch.release();
}
