import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const helper = new URL('../../../src/build/delete-when-stopped.ts', import.meta.url).href;

/** Runs `body` in a Node process of its own after importing the helper, signals it once it prints "ready", and resolves with how it ended. */
function stopProcess(body: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const script = `const { deleteWhenStopped } = await import(${JSON.stringify(helper)});\n${body}\nconsole.log('ready');\nsetInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('ready')) child.kill(signal); });
  return new Promise((resolve) => child.on('exit', (code, endSignal) => resolve({ code, signal: endSignal })));
}

describe('deleteWhenStopped', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'fihris-delete-when-stopped-'));
    await mkdir(join(root, 'staged', 'deep'), { recursive: true });
    await mkdir(join(root, 'renderer'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('deletes the folders of every registration, then ends the process by the signal', async () => {
    const ended = await stopProcess(
      `deleteWhenStopped([${JSON.stringify(join(root, 'staged'))}]); deleteWhenStopped([${JSON.stringify(join(root, 'renderer'))}]);`,
      'SIGINT',
    );
    expect(ended).toEqual({ code: null, signal: 'SIGINT' });
    expect(existsSync(join(root, 'staged'))).toBe(false);
    expect(existsSync(join(root, 'renderer'))).toBe(false);
  });

  it('stops what writes into the folders before deleting them', async () => {
    const marker = join(root, 'stopped-first');
    const ended = await stopProcess(
      `const { existsSync, writeFileSync } = await import('node:fs');
       deleteWhenStopped([${JSON.stringify(join(root, 'staged'))}], () => writeFileSync(${JSON.stringify(marker)}, String(existsSync(${JSON.stringify(join(root, 'staged'))}))));`,
      'SIGTERM',
    );
    expect(ended.signal).toBe('SIGTERM');
    expect(await readFile(marker, 'utf8')).toBe('true');
    expect(existsSync(join(root, 'staged'))).toBe(false);
  });

  it('leaves the folders to their owner once released', async () => {
    const ended = await stopProcess(`deleteWhenStopped([${JSON.stringify(join(root, 'staged'))}]).release();`, 'SIGTERM');
    expect(ended.signal).toBe('SIGTERM');
    expect(existsSync(join(root, 'staged'))).toBe(true);
  });
});
