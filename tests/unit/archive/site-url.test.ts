import { describe, expect, test } from 'vitest';
import { absoluteUrl, normaliseSiteUrl } from '../../../src/archive/site-url.ts';
import { sitemapFiles, sitePagePaths } from '../../../src/archive/sitemap.ts';

describe('normaliseSiteUrl', () => {
  test.each([
    { given: 'https://x.om', want: 'https://x.om/' },
    { given: 'https://org.github.io/fihris', want: 'https://org.github.io/fihris/' },
    { given: 'http://x.om/a/', want: 'http://x.om/a/' },
  ])('$given → $want', ({ given, want }) => expect(normaliseSiteUrl(given)).toBe(want));

  test('refuses a relative or non-web address, saying what to give', () => {
    expect(() => normaliseSiteUrl('/fihris/')).toThrow('--site must be an absolute http(s) URL such as https://catalogue.example.om/, not "/fihris/".');
    expect(() => normaliseSiteUrl('ftp://x.om/')).toThrow('--site must be an http(s) URL, not "ftp://x.om/".');
  });
});

describe('absoluteUrl', () => {
  test.each([
    { given: 'index.html', want: 'https://x.om/f/' },
    { given: 'en/index.html', want: 'https://x.om/f/en/' },
    { given: 'r/abc.html', want: 'https://x.om/f/r/abc.html' },
    { given: 'l/مكتبة.html', want: 'https://x.om/f/l/%D9%85%D9%83%D8%AA%D8%A8%D8%A9.html' },
  ])('$given → $want', ({ given, want }) => expect(absoluteUrl('https://x.om/f/', given)).toBe(want));
});

describe('sitemaps', () => {
  test('list home, search, the browse entry pages, library and record pages in both languages', () => {
    const browse = ['b/index.html', 'b/subject/index.html', 'b/author/index.html', 'b/decade/1.html', 'b/dewey/1.html'];
    expect(sitePagePaths(['r1'], ['lib'])).toEqual([
      'index.html', 'search.html', ...browse, 'l/lib.html', 'r/r1.html',
      'en/index.html', 'en/search.html', ...browse.map((p) => `en/${p}`), 'en/l/lib.html', 'en/r/r1.html',
    ]);
  });

  test('split into files of at most the limit, all named in the index', () => {
    const files = sitemapFiles('https://x.om/', ['a.html', 'b.html', 'c.html'], 2);
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(files[0].xml.match(/<loc>/g)).toHaveLength(2);
    expect(files[1].xml.match(/<loc>/g)).toHaveLength(2);
    expect(files[2].xml).toContain('<url><loc>https://x.om/c.html</loc></url>');
  });
});
