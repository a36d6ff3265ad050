/**
 * Compiles page-renderer-entry.ts (and through it RecordRoute.astro and every component and
 * site module it uses) once per build with Vite and Astro's own Vite configuration (the
 * project's astro.config.mjs), into one ES module the render workers import.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { build as viteBuild, type InlineConfig } from 'vite';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const entry = join(projectRoot, 'src/build/page-renderer/page-renderer-entry.ts');

export interface CompiledRenderer {
  /** The compiled module (absolute path). */
  modulePath: string;
  /**
   * sha256 of the compiled code and Astro's version (its runtime stays outside the bundle):
   * it changes whenever a template, a site module or Astro does.
   */
  codeHash: string;
}

/** Compiles the renderer into `outDir` (emptied first). Throws if Vite or Astro fail. */
export async function compileRecordRenderer(outDir: string): Promise<CompiledRenderer> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const astroVite = await getViteConfig({}, { root: projectRoot, logLevel: 'warn' })({ mode: 'production', command: 'build' });
  const config: InlineConfig = {
    ...astroVite,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      minify: false,
      copyPublicDir: false,
      rollupOptions: {
        // Astro's runtime stays a package import: bundled, it would pull in the build's own
        // manifest module, which only `astro build` fills in.
        external: (id) => /^astro(\/|$)/.test(id),
        output: { entryFileNames: 'record-renderer.mjs', codeSplitting: false },
      },
    },
  };
  await viteBuild(config);
  const modulePath = join(outDir, 'record-renderer.mjs');
  const astroVersion: string = createRequire(import.meta.url)('astro/package.json').version;
  const codeHash = createHash('sha256').update(await readFile(modulePath)).update(`astro ${astroVersion}`).digest('hex');
  return { modulePath, codeHash };
}
