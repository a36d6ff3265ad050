import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../../..');

/** Every process below `pid`, read from /proc (Linux, as the project's CI). */
async function descendants(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  const children = text.trim().split(/\s+/).filter(Boolean).map(Number);
  return [...children, ...(await Promise.all(children.map(descendants))).flat()];
}

async function until<T>(look: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await look();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a build stopped by a signal', () => {
  it('deletes its staged data, Astro\'s folder beside the output and Astro\'s own scratch folder, and exits by the signal', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fihris-build-stopped-'));
    const buildTmp = join(root, 'tmp');
    await mkdir(buildTmp);
    let processes: number[] = [];
    try {
      const build = spawn(process.execPath, ['scripts/fihris.ts', 'build', '--content', 'content', '--out', join(root, 'site'), '--no-page-cache'], {
        cwd: projectRoot,
        env: { ...process.env, NODE_OPTIONS: '', TMPDIR: buildTmp },
        stdio: ['ignore', 'ignore', 'ignore'],
      });
      const exited = new Promise<NodeJS.Signals | number | null>((resolveExit) => build.on('exit', (code, signal) => resolveExit(signal ?? code)));
      // Stopped while all three scratch folders exist: the data is staged and Astro's process
      // runs from its own folder.
      await until(async () => (await readdir(buildTmp)).find((name) => name.startsWith('fihris-site-data-')), 'the staging folder');
      const astroScratch = await until(async () => {
        for (const pid of await descendants(build.pid!)) {
          const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => '');
          if (cwd.startsWith(join(projectRoot, '.fihris', 'astro-'))) return cwd;
        }
        return undefined;
      }, 'Astro\'s process in its scratch folder');
      const astroOutput = (await readdir(root)).find((name) => name.startsWith('.site.astro-'));
      expect(astroOutput).toBeDefined();
      processes = await descendants(build.pid!);

      build.kill('SIGTERM');

      // The command line's parent exits as the restarted build did: by the signal, 128 + 15.
      expect(await exited).toBe(128 + 15);
      await until(async () => (processes.some(isRunning) ? undefined : true), 'every process of the build to end', 10_000);
      expect(await readdir(buildTmp)).toEqual([]);
      expect(existsSync(join(root, astroOutput!))).toBe(false);
      expect(existsSync(astroScratch)).toBe(false);
    } finally {
      // A build the signal did not reach must not outlive the test.
      for (const pid of processes) {
        try { process.kill(pid, 'SIGKILL'); } catch { /* gone, as it should be */ }
      }
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);
});
