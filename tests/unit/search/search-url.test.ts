import { describe, expect, it } from 'vitest';
import { hasScope, readSearchState, scopeOf, withSearchState, type SearchState } from '../../../src/client/search/search-url.ts';

const empty: SearchState = { query: '', library: '', language: '', format: '', from: '', to: '', subject: '' };

describe('the search in the URL', () => {
  it('reads the query and the library', () => {
    expect(readSearchState(new URL('https://x.om/en/search.html?q=%D8%B9%D9%85%D8%A7%D9%86+&library=squ-main'))).toEqual({ ...empty, query: 'عمان', library: 'squ-main' });
  });

  it('reads the facets of a shared link', () => {
    const url = new URL('https://x.om/search.html?q=oman&lang=ara&format=book&from=1990&to=2000&subject=%D8%B9%D9%85%D8%A7%D9%86');
    expect(readSearchState(url)).toEqual({ query: 'oman', library: '', language: 'ara', format: 'book', from: '1990', to: '2000', subject: 'عمان' });
  });

  it('reads a page without a search as an empty search', () => {
    expect(readSearchState(new URL('https://x.om/search.html'))).toEqual(empty);
  });

  it('writes the search and keeps the rest of the URL', () => {
    const state = { ...empty, query: 'تاريخ عمان', library: 'nizwa-public', from: '1990' };
    const url = withSearchState(new URL('https://x.om/fihris/search.html?q=old&lang=x&keep=1#top'), state);
    expect(url.pathname).toBe('/fihris/search.html');
    expect(url.hash).toBe('#top');
    expect(url.searchParams.get('keep')).toBe('1');
    expect(readSearchState(url)).toEqual(state);
  });

  it('leaves empty values out of the URL', () => {
    expect(withSearchState(new URL('https://x.om/search.html?q=a&library=b&lang=c&to=1'), empty).search).toBe('');
  });
});

describe('the scope a state asks for', () => {
  it('turns years into numbers and leaves out what is empty or not a year', () => {
    expect(scopeOf({ ...empty, language: 'ara', from: '1990', to: '20x0' })).toEqual({ language: 'ara', yearFrom: 1990 });
  });

  it('says whether anything narrows the catalogue', () => {
    expect(hasScope(empty)).toBe(false);
    expect(hasScope({ ...empty, query: 'x' })).toBe(false);
    expect(hasScope({ ...empty, format: 'map' })).toBe(true);
  });
});
