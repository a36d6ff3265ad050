import { describe, expect, it } from 'vitest';
import { rewriteAssetUrls } from '../../../src/site/relative-asset-urls.ts';

describe('rewriteAssetUrls', () => {
  it('makes a bundled script relative to an English page', () => {
    const html = '<script type="module" src="/_astro/search.Bx1.js"></script>';
    expect(rewriteAssetUrls(html, 'en/search.html', '/', '_astro')).toBe('<script type="module" src="../_astro/search.Bx1.js"></script>');
  });

  it('removes the base path the site was built under', () => {
    const html = '<link rel="stylesheet" href="/fihris/_astro/site.css">';
    expect(rewriteAssetUrls(html, 'search.html', '/fihris/', '_astro')).toBe('<link rel="stylesheet" href="_astro/site.css">');
  });

  it('leaves links that are already relative or point elsewhere alone', () => {
    const html = '<a href="../l/squ.html">x</a><a href="https://example.org/_astro/x">y</a>';
    expect(rewriteAssetUrls(html, 'r/a.html', '/', '_astro')).toBe(html);
  });
});

describe('the relative asset URL integration, after the build', () => {
  it('rewrites the pages that load a bundled asset and leaves every other page untouched', async () => {
    const { mkdtemp, mkdir, readFile, writeFile, stat, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { pathToFileURL } = await import('node:url');
    const { relativeAssetUrls } = await import('../../../src/site/relative-asset-urls.ts');
    const dir = await mkdtemp(join(tmpdir(), 'fihris-assets-'));
    await mkdir(join(dir, 'en', 'r'), { recursive: true });
    const script = (src: string) => `<script type="module" src="${src}"></script>`;
    await writeFile(join(dir, 'en', 'search.html'), script('/f/_astro/s.js'));
    const plain = '<a href="../l/x.html">x</a>';
    await writeFile(join(dir, 'en', 'r', 'a.html'), plain);
    const before = (await stat(join(dir, 'en', 'r', 'a.html'))).mtimeMs;
    const hooks = relativeAssetUrls().hooks as Record<string, (options: unknown) => unknown>;
    await hooks['astro:config:done']({ config: { base: '/f', build: { assets: '_astro' } } });
    await hooks['astro:build:done']({ dir: pathToFileURL(`${dir}/`) });
    expect(await readFile(join(dir, 'en', 'search.html'), 'utf8')).toBe(script('../_astro/s.js'));
    expect(await readFile(join(dir, 'en', 'r', 'a.html'), 'utf8')).toBe(plain);
    expect((await stat(join(dir, 'en', 'r', 'a.html'))).mtimeMs).toBe(before);
    await rm(dir, { recursive: true });
  });
});
