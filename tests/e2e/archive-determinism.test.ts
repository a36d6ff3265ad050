/**
 * Two builds of the same content are byte-identical: same files, same bytes. The second
 * build runs in another time zone and locale, so output that leaks the clock, the zone
 * or locale-dependent sorting shows up here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../../src/archive/manifest.ts';

const dirs: string[] = [];

function build(outDir: string, env: Record<string, string>): void {
  const run = spawnSync(process.execPath, ['scripts/fihris.ts', 'build', '--content', 'content', '--out', outDir, '--site', 'https://catalogue.example.om/fihris/'], {
    encoding: 'utf8', env: { ...process.env, ...env },
  });
  if (run.status !== 0) throw new Error(`fihris build failed (exit ${run.status}):\n${run.stderr}`);
}

beforeAll(async () => {
  for (const name of ['first', 'second']) dirs.push(await mkdtemp(join(tmpdir(), `fihris-determinism-${name}-`)));
  build(dirs[0], { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' });
  build(dirs[1], { TZ: 'Asia/Muscat', LANG: 'ar_OM.UTF-8', LC_ALL: 'ar_OM.UTF-8' });
}, 300_000);
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('two builds of the same content', () => {
  test('write the same list of files', async () => {
    const [first, second] = await Promise.all(dirs.map(listFiles));
    expect(first.length).toBeGreaterThan(100);
    expect(second).toEqual(first);
  });

  test('write the same bytes in every file', async () => {
    const differing = (await listFiles(dirs[0])).filter((path) => !readFileSync(join(dirs[0], path)).equals(readFileSync(join(dirs[1], path))));
    expect(differing).toEqual([]);
  });

  test('include the archive outputs in what is compared', async () => {
    const files = await listFiles(dirs[0]);
    for (const path of ['sitemap.xml', 'oai/static-repository-1.xml', 'data/dumps/union.marcxml.gz', 'data/dumps/SHA256SUMS']) expect(files).toContain(path);
  });
});
