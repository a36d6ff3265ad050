import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPagefindIndex } from '../../../src/build/pagefind-index.ts';
import { loadSiteData } from '../../../src/site/site-data.ts';

const { records } = loadSiteData(fileURLToPath(new URL('../../fixtures/site/', import.meta.url)));

async function* streamed() {
  yield* records;
}

describe('buildPagefindIndex', () => {
  it('writes one index, without a stemmer, holding every record', { timeout: 30_000 }, async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'fihris-pagefind-'));
    const result = await buildPagefindIndex(streamed(), { outDir });
    expect(result).toEqual({ recordCount: records.length });
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['und']);
    // wasm null: the browser loads wasm.unknown.pagefind, the build with no stemmer.
    expect(entry.languages.und).toMatchObject({ wasm: null, page_count: records.length });
    expect(readdirSync(join(outDir, 'pagefind'))).toContain('wasm.unknown.pagefind');
  });
});
