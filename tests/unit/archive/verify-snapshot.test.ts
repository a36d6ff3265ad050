import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { describeFiles, listFiles, manifestJson } from '../../../src/archive/manifest.ts';
import { writeTarGz } from '../../../src/archive/tar-writer.ts';
import { verifySnapshot } from '../../../src/archive/verify-snapshot.ts';
import { repoRoot } from './sample-ingest.ts';

const longPath = `site/${'طويل/'.repeat(30)}record.html`; // over 255 bytes: needs a pax header
const files: Record<string, string> = {
  'build-metadata.json': '{"snapshotFormat":1}\n',
  'site/index.html': '<html lang="ar">فهرس</html>\n',
  'site/data/dumps/union.csv': 'id,url\r\nabc,r/abc.html\r\n',
  [longPath]: 'x'.repeat(1000),
};
let parent: string;
let bundle: string;

async function makeBundle(): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(bundle, path)), { recursive: true });
    await writeFile(join(bundle, path), text);
  }
  await writeFile(join(bundle, 'manifest.json'), manifestJson(await describeFiles(bundle, await listFiles(bundle))));
}

async function tarBundle(): Promise<string> {
  const entries = await describeFiles(bundle, await listFiles(bundle));
  const tarPath = `${bundle}.tar.gz`;
  await writeTarGz(tarPath, entries.map((e) => ({ name: `snap/${e.path}`, absolutePath: join(bundle, e.path), size: e.size })), 1_700_000_000);
  return tarPath;
}

function cli(target: string) {
  return spawnSync(process.execPath, [join(repoRoot, 'scripts/fihris.ts'), 'verify-snapshot', target], { encoding: 'utf8' });
}

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'fihris-verify-'));
  bundle = join(parent, 'snap');
  await makeBundle();
});
afterEach(() => rm(parent, { recursive: true, force: true }));

describe('verify-snapshot on a folder', { timeout: 30_000 }, () => {
  test('finds an intact bundle intact', async () => {
    expect(await verifySnapshot(bundle)).toEqual({ missing: [], altered: [], unlisted: [], checked: 4 });
  });

  test('reports a tampered file, a missing file and an unlisted file, and exits 1', async () => {
    await appendFile(join(bundle, 'site/index.html'), '<script>evil()</script>');
    await unlink(join(bundle, 'site/data/dumps/union.csv'));
    await writeFile(join(bundle, 'site/extra.html'), 'added later');
    expect(await verifySnapshot(bundle)).toEqual({ missing: ['site/data/dumps/union.csv'], altered: ['site/index.html'], unlisted: ['site/extra.html'], checked: 4 });
    const run = cli(bundle);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('missing   site/data/dumps/union.csv\naltered   site/index.html\nunlisted  site/extra.html\n');
    expect(run.stderr).toContain('3 problem(s): 1 missing, 1 altered, 1 unlisted (of 4 listed files)');
  });

  test('sees a change that keeps the size', async () => {
    const path = join(bundle, 'build-metadata.json');
    await writeFile(path, readFileSync(path, 'utf8').replace('1', '2'));
    expect((await verifySnapshot(bundle)).altered).toEqual(['build-metadata.json']);
  });

  test('exits 0 on an intact bundle and 3 when there is no manifest', async () => {
    expect(cli(bundle).status).toBe(0);
    await unlink(join(bundle, 'manifest.json'));
    const run = cli(bundle);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('has no manifest.json: it is not a Fihris snapshot folder.');
  });
});

describe('verify-snapshot on a .tar.gz', { timeout: 30_000 }, () => {
  test('reads the archive as written, long Arabic paths included', async () => {
    expect(await verifySnapshot(await tarBundle())).toEqual({ missing: [], altered: [], unlisted: [], checked: 4 });
  });

  test('reports a file changed before archiving', async () => {
    await writeFile(join(bundle, 'site/index.html'), 'changed');
    const run = cli(await tarBundle());
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('altered   site/index.html\n');
  });

  test('reports a file left out of the archive as missing', async () => {
    await unlink(join(bundle, longPath));
    expect((await verifySnapshot(await tarBundle())).missing).toEqual([longPath]);
  });
});

describe.skipIf(spawnSync('tar', ['--version']).status !== 0)('the .tar.gz read by GNU tar', () => {
  test('lists every file with owner 0/0, mode 0644 and the fixed time', async () => {
    const listing = spawnSync('tar', ['--numeric-owner', '-tvzf', await tarBundle()], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    expect(listing.stderr).toBe('');
    const lines = listing.stdout.trim().split('\n');
    expect(lines.map((l) => l.slice(l.indexOf('snap/')))).toEqual((await listFiles(bundle)).map((p) => `snap/${p}`));
    for (const line of lines) expect(line).toMatch(/^-rw-r--r-- 0\/0 +\d+ 2023-11-14 22:13 snap\//);
  });

  test('extracts the same bytes', async () => {
    const tarPath = await tarBundle();
    const out = join(parent, 'extracted');
    await mkdir(out);
    expect(spawnSync('tar', ['-xzf', tarPath, '-C', out]).status).toBe(0);
    for (const path of await listFiles(bundle)) {
      expect(readFileSync(join(out, 'snap', path))).toEqual(readFileSync(join(bundle, path)));
    }
  });

  test('is the same bytes when written twice', async () => {
    const first = readFileSync(await tarBundle());
    const second = readFileSync(await tarBundle());
    expect(first.equals(second)).toBe(true);
  });
});
