import { describe, expect, it } from 'vitest';
import { relativeHref } from '../../../src/site/relative-href.ts';

describe('relativeHref', () => {
  const cases: { name: string; from: string; to: string; want: string }[] = [
    { name: 'links a sibling page at the root by its name', from: 'index.html', to: 'search.html', want: 'search.html' },
    { name: 'goes down into a folder from the root', from: 'index.html', to: 'r/abc.html', want: 'r/abc.html' },
    { name: 'goes up one folder from a record page', from: 'r/abc.html', to: 'l/squ.html', want: '../l/squ.html' },
    { name: 'goes up two folders from an English record page', from: 'en/r/abc.html', to: 'l/squ.html', want: '../../l/squ.html' },
    { name: 'stays inside the shared en/ folder', from: 'en/r/abc.html', to: 'en/l/squ.html', want: '../l/squ.html' },
    { name: 'links a page in the same folder by its name', from: 'en/r/abc.html', to: 'en/r/def.html', want: 'def.html' },
    { name: 'reaches the Arabic twin of an English page', from: 'en/search.html', to: 'search.html', want: '../search.html' },
    { name: 'reaches the English twin of an Arabic page', from: 'r/abc.html', to: 'en/r/abc.html', want: '../en/r/abc.html' },
    { name: 'reaches the Pagefind bundle from an English page', from: 'en/search.html', to: 'pagefind/pagefind.js', want: '../pagefind/pagefind.js' },
    { name: 'names the site root from a nested page', from: 'en/search.html', to: '', want: '../' },
    { name: 'names the site root from a root page as ./', from: 'search.html', to: '', want: './' },
    { name: 'does not treat a file named like a folder as that folder', from: 'en/index.html', to: 'en', want: '../en' },
  ];
  for (const { name, from, to, want } of cases) {
    it(name, () => expect(relativeHref(from, to)).toBe(want));
  }

  it('never produces an absolute path, whatever the base the site is served under', () => {
    for (const { from, to } of cases) expect(relativeHref(from, to).startsWith('/')).toBe(false);
  });
});
