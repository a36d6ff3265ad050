/**
 * Astro writes its bundled assets (the search island's script) as absolute URLs under
 * `base` ("/_astro/x.js"). Every other link on the site is relative, so that the site works
 * under any base path, from a web archive and from a copy on disk: this integration rewrites
 * those asset URLs in the built pages to be relative too. (Astro has no relative `base` and
 * writes these tags itself, so they cannot be made relative while the page renders.)
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { relativeHref } from './relative-href.ts';

// Files read at once: enough to keep the disk busy, few enough to stay well under the open-file limit.
const parallelFiles = 64;

export function relativeAssetUrls(): AstroIntegration {
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'fihris-relative-asset-urls',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const marker = Buffer.from(`="${base}${assetsDir}/`);
        const rewrite = async (file: string) => {
          const bytes = await readFile(file);
          // Only the pages with a bundled script (the search pages) hold the marker: the other
          // few hundred thousand are read as bytes and left, never decoded or scanned.
          if (!bytes.includes(marker)) return;
          const pagePath = relative(root, file).split(sep).join('/');
          const html = bytes.toString('utf8');
          const rewritten = rewriteAssetUrls(html, pagePath, base, assetsDir);
          if (rewritten !== html) await writeFile(file, rewritten);
        };
        const files = await htmlFiles(root);
        for (let start = 0; start < files.length; start += parallelFiles) await Promise.all(files.slice(start, start + parallelFiles).map(rewrite));
      },
    },
  };
}

/**
 * `html` with every src/href that points into `base + assetsDir` made relative to `pagePath`.
 * @example rewriteAssetUrls('<script src="/_astro/a.js">', 'en/search.html', '/', '_astro') // '<script src="../_astro/a.js">'
 */
export function rewriteAssetUrls(html: string, pagePath: string, base: string, assetsDir: string): string {
  const prefix = `${base}${assetsDir}/`;
  return html.replace(/\b(src|href)="([^"]*)"/g, (whole, attr: string, url: string) =>
    url.startsWith(prefix) ? `${attr}="${relativeHref(pagePath, `${assetsDir}/${url.slice(prefix.length)}`)}"` : whole,
  );
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
