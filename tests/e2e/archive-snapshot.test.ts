/**
 * `fihris snapshot` end to end: two snapshots of one commit are byte-identical, archive
 * included, and `fihris verify-snapshot` passes them and catches tampering.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appendFile, mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseSha256Sums, sha256Text } from '../../src/archive/checksums.ts';
import { listFiles } from '../../src/archive/manifest.ts';

const parents: string[] = [];
const bundle = (i: number) => join(parents[i], 'fihris-2025-01-01');

function fihris(args: string[]) {
  return spawnSync(process.execPath, ['scripts/fihris.ts', ...args], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1735689600' } });
}

beforeAll(async () => {
  for (let i = 0; i < 2; i++) {
    parents.push(await mkdtemp(join(tmpdir(), 'fihris-snapshot-')));
    const run = fihris(['snapshot', '--content', 'content', '--out', bundle(i), '--site', 'https://catalogue.example.om/']);
    if (run.status !== 0) throw new Error(`fihris snapshot failed (exit ${run.status}):\n${run.stderr}`);
  }
}, 300_000);
afterAll(async () => {
  for (const dir of parents) await rm(dir, { recursive: true, force: true });
});

describe('fihris snapshot', () => {
  test('lays out the site, the dumps, the metadata, the checksums and the manifest', async () => {
    const files = await listFiles(bundle(0));
    for (const path of ['README.txt', 'SHA256SUMS', 'build-metadata.json', 'manifest.json', 'site/index.html', 'site/data/dumps/union.marcxml.gz']) expect(files).toContain(path);
  });

  test('records the date from SOURCE_DATE_EPOCH, the commits, the tools and every library\'s input checksums', () => {
    const metadata = JSON.parse(readFileSync(join(bundle(0), 'build-metadata.json'), 'utf8'));
    expect(metadata.date).toBe('2025-01-01T00:00:00Z');
    expect(metadata.source.fihrisCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(Object.keys(metadata.tools)).toEqual(['fihris', 'node', 'astro', 'pagefind']);
    expect(metadata.inputs.libraries.length).toBeGreaterThan(2);
    for (const library of metadata.inputs.libraries) expect(library.files.map((f: { path: string }) => f.path)).toContain('library.yml');
  });

  test('is byte-identical when made twice, archive included', async () => {
    expect(await listFiles(bundle(1))).toEqual(await listFiles(bundle(0)));
    expect(readFileSync(join(bundle(1), 'manifest.json')).equals(readFileSync(join(bundle(0), 'manifest.json')))).toBe(true);
    expect(readFileSync(`${bundle(1)}.tar.gz`).equals(readFileSync(`${bundle(0)}.tar.gz`))).toBe(true);
  });

  test('SHA256SUMS holds for every file but itself and the manifest', async () => {
    const sums = parseSha256Sums(readFileSync(join(bundle(0), 'SHA256SUMS'), 'utf8'));
    expect(sums.map((s) => s.path)).toEqual((await listFiles(bundle(0))).filter((p) => p !== 'SHA256SUMS' && p !== 'manifest.json'));
    for (const { path, sha256 } of sums.slice(0, 50)) expect(sha256Text(readFileSync(join(bundle(0), path)))).toBe(sha256);
  });
});

describe('fihris verify-snapshot', () => {
  test('passes the folder and the archive as made', () => {
    for (const target of [bundle(0), `${bundle(0)}.tar.gz`]) {
      const run = fihris(['verify-snapshot', target]);
      expect({ target, status: run.status, stdout: run.stdout }).toEqual({ target, status: 0, stdout: '' });
      expect(run.stderr).toMatch(/intact, \d+ files match the manifest/);
    }
  });

  test('reports a tampered page and a deleted dump, exit 1', async () => {
    await appendFile(join(bundle(1), 'site/index.html'), '<!-- changed -->');
    await unlink(join(bundle(1), 'site/data/dumps/union.csv'));
    const run = fihris(['verify-snapshot', bundle(1)]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('missing   site/data/dumps/union.csv\naltered   site/index.html\n');
  });

  test('refuses to write into a folder that is not empty, exit 2', () => {
    const run = fihris(['snapshot', '--content', 'content', '--out', bundle(0)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not empty. A snapshot goes into a new folder: choose another --out or delete this one.');
  });
});
