import { describe, expect, it } from 'vitest';
import { readSearchState, withSearchState } from '../../../src/client/search/search-url.ts';

describe('the search in the URL', () => {
  it('reads the query and the library', () => {
    expect(readSearchState(new URL('https://x.om/en/search.html?q=%D8%B9%D9%85%D8%A7%D9%86+&library=squ-main'))).toEqual({ query: 'عمان', library: 'squ-main' });
  });

  it('reads a page without a search as an empty search', () => {
    expect(readSearchState(new URL('https://x.om/search.html'))).toEqual({ query: '', library: '' });
  });

  it('writes the search and keeps the rest of the URL', () => {
    const url = withSearchState(new URL('https://x.om/fihris/search.html?q=old&lang=x#top'), { query: 'تاريخ عمان', library: 'nizwa-public' });
    expect(url.pathname).toBe('/fihris/search.html');
    expect(url.hash).toBe('#top');
    expect(readSearchState(url)).toEqual({ query: 'تاريخ عمان', library: 'nizwa-public' });
  });

  it('leaves empty values out of the URL', () => {
    expect(withSearchState(new URL('https://x.om/search.html?q=a&library=b'), { query: '', library: '' }).search).toBe('');
  });
});
