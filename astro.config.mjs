// The Fihris site. The build pipeline (src/build/build-site.ts) runs Astro's build() with
// root, outDir and base, and FIHRIS_SITE_DATA pointing at the data folder it wrote.
import { defineConfig } from 'astro/config';
import { relativeAssetUrls } from './src/site/relative-asset-urls.ts';
import { inlineHashes } from './src/site/content-security-policy.ts';
import { plainLazyImports } from './src/site/plain-lazy-imports.ts';

export default defineConfig({
  // Pages land exactly where the source says: r/<id>.html, en/index.html.
  build: { format: 'preserve', inlineStylesheets: 'always' },
  trailingSlash: 'ignore',
  // No dev toolbar, no telemetry-style extras: the output must be plain files.
  devToolbar: { enabled: false },
  // The contributor guide (CONTRIBUTING.md) is the only Markdown page: plain code blocks, since
  // highlighting writes inline style attributes that the Content-Security-Policy refuses.
  markdown: { syntaxHighlight: false },
  integrations: [relativeAssetUrls(), inlineHashes()],
  // The search island's one lazy import without Vite's preload helper, which it does not need.
  vite: { plugins: [plainLazyImports()] },
});
