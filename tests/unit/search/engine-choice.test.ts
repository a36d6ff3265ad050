import { describe, expect, test } from 'vitest';
import { firstAvailableEngine } from '../../../src/client/search/engine-choice.ts';
import type { SearchEngine } from '../../../src/client/search/search-engine.ts';

const answering = (name: string, calls: string[]): SearchEngine => ({
  async search(query) {
    calls.push(`${name}:${query}`);
    return { total: 1, totalIsExact: true, hits: [{ url: `r/${name}.html`, title: query, libraries: [] }] };
  },
});
const missing = (calls: string[]): SearchEngine => ({
  async search(query) {
    calls.push(`missing:${query}`);
    throw new TypeError('Failed to fetch dynamically imported module');
  },
});

describe('the engine a site without data-search-engine gets', () => {
  test('skips an engine whose index is not on the site and keeps the next one', async () => {
    const calls: string[] = [];
    const engine = firstAvailableEngine([() => missing(calls), () => answering('fihris', calls)]);
    expect((await engine.search('a', {})).hits[0].url).toBe('r/fihris.html');
    await engine.search('b', {});
    expect(calls).toEqual(['missing:a', 'fihris:a', 'fihris:b']);
  });

  test('reports the last engine\'s error when none answers', async () => {
    const engine = firstAvailableEngine([() => missing([]), () => missing([])]);
    await expect(engine.search('a', {})).rejects.toThrow('Failed to fetch dynamically imported module');
  });
});
