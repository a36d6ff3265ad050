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
