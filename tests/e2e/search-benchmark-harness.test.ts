/**
 * The benchmark's query harness (scripts/bench/measure-search.ts) on a small built site, and its
 * variant that serves an own index of synthetic records in place of the site's own
 * (measure-search-at-scale.ts): the figures the README quotes come from these.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { measureSearch } from '../../scripts/bench/measure-search.ts';
import { measureSearchAtScale } from '../../scripts/bench/measure-search-at-scale.ts';
import { buildSearchSite, type SearchSite } from '../conformance/search-site.ts';

let site: SearchSite;
let scratch: string;

beforeAll(async () => {
  site = await buildSearchSite('fihris');
  scratch = await mkdtemp(join(tmpdir(), 'fihris-harness-'));
});
afterAll(async () => {
  await site?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const labels = ['cold first query', 'warm second query', 'three-word query', 'prefix query', 'library-scoped broad query', 'facet filter (library select)'];

describe('the benchmark\'s query harness', () => {
  test('runs every query to its results on the throttled link, the page\'s clock within the harness\'s, the bytes from the own index', async () => {
    const figures = await measureSearch(site.siteDir);

    expect(figures.map((f) => f.label)).toEqual(labels);
    for (const f of figures) {
      expect(f.state, `${f.label}: ${f.error ?? ''}`).toBe('done');
      expect(f.milliseconds).toBeGreaterThan(0);
      expect(f.milliseconds).toBeLessThanOrEqual(f.harnessMilliseconds);
    }
    // The cold query's 150 ms rounds: the page, its script beside the root, a dictionary page…
    expect(figures[0].milliseconds).toBeGreaterThan(450);
    expect(figures[0].engines).toBe('fihris-index');
    expect(figures[0].total).toBeGreaterThan(0);
  }, 180_000);

  test('serves an own index of synthetic records in place of the site\'s, scoped by the site\'s own libraries', async () => {
    const siteRecords = readFileSync(join(site.siteDir, 'data', 'union.jsonl'), 'utf8').trim().split('\n').length;
    const figures = await measureSearchAtScale(site.siteDir, { records: 3_000, indexDir: join(scratch, 'index') });

    expect(figures.map((f) => f.label)).toEqual(labels);
    for (const f of figures) expect(f.state, `${f.label}: ${f.error ?? ''}`).toBe('done');
    const broad = figures.find((f) => f.label === 'warm second query')!;
    const scoped = figures.find((f) => f.label === 'library-scoped broad query')!;
    // More hits than the site holds records: the answers came from the synthetic index.
    expect(broad.total).toBeGreaterThan(siteRecords);
    expect(scoped.total).toBeGreaterThan(0);
    expect(scoped.total).toBeLessThan(broad.total!);
  }, 300_000);
});
