/**
 * Vite wraps every lazy `import()` of the browser's scripts in its module-preload helper, which
 * fetches the imported chunk's dependencies ahead of it, even when there are none
 * (vitejs/vite#13952, open). The search island has one lazy import, the spelling suggestions,
 * whose chunk needs nothing the island has not loaded already: the helper never did anything and
 * was 658 of the island's bytes gzip. This plugin gives the helper's module a body that just runs
 * the import, and fails the build if a lazy import ever has dependencies to preload.
 */
import type { Plugin } from 'vite';

const helperModule = '\0vite/preload-helper.js';
/** What Vite writes in place of a lazy import's list of dependencies when it has some. */
const dependencyList = '__vite__mapDeps';

export function plainLazyImports(): Plugin {
  return {
    name: 'fihris-plain-lazy-imports',
    load: {
      order: 'pre',
      handler: (id) => (id === helperModule ? 'export const __vitePreload = (load) => load();' : null),
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.code.includes(dependencyList)) {
            this.error(`${chunk.fileName}: a lazy import() now has dependencies to preload, which the preload helper of src/site/plain-lazy-imports.ts does not load. Drop that plugin from astro.config.mjs, or import them where the import() is.`);
          }
        }
      },
    },
  };
}
