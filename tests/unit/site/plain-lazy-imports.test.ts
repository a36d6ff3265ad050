import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { build, type Rollup } from 'vite';
import { plainLazyImports } from '../../../src/site/plain-lazy-imports.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Builds `files` for the browser, as Astro's client build does, with the plugin or without. */
async function buildScripts(files: Record<string, string>, plugins = [plainLazyImports()]): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'fihris-lazy-'));
  folders.push(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const output = await build({
    root, configFile: false, logLevel: 'silent', plugins,
    build: { write: false, minify: false, rollupOptions: { input: join(root, 'main.js') } },
  }) as Rollup.RollupOutput;
  return output.output.flatMap((file) => (file.type === 'chunk' ? [file.code] : []));
}

const island = {
  // Assigned, not exported: an app build keeps no entry's exports.
  'main.js': "globalThis.suggest = () => import('./suggest.js').then((m) => m.matcher);\n",
  'suggest.js': "export const matcher = (word) => word.length;\n",
};

describe('plainLazyImports', () => {
  test('leaves Vite\'s preload helper out of a script whose lazy import has nothing to preload', async () => {
    const [main] = await buildScripts(island);
    expect(main).toMatch(/import\(["'`]\.\/suggest-[\w-]+\.js["'`]\)/);
    expect(main).not.toContain('vite:preloadError');
    // The same build without the plugin carries it: the check above could fail.
    const [withHelper] = await buildScripts(island, []);
    expect(withHelper).toContain('vite:preloadError');
  });

  test('stops the build when a lazy import has dependencies the plain helper would not load', async () => {
    const files = { ...island, 'suggest.js': "import './suggest.css';\nexport const matcher = (word) => word.length;\n", 'suggest.css': '.s { color: red }\n' };
    await expect(buildScripts(files)).rejects.toThrow(/a lazy import\(\) now has dependencies to preload/);
  });
});
