/**
 * Runs one benchmark stage in its own child process (so peak memory is that stage's alone),
 * under /usr/bin/time -v when it exists, sampling the process tree's RSS meanwhile.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { currentHeapSituation, heapFlags } from '../../src/build/heap-limit.ts';
import { processTreeRssKiB } from './process-tree-rss.ts';
import { parseStageFigures, type StageFigures } from './stage-result.ts';

export interface StageRun {
  ok: boolean;
  wallSeconds: number;
  /** Largest sampled sum of the stage's process tree, MiB. */
  peakTreeMiB: number;
  /** /usr/bin/time's maximum resident set size (largest single process), MiB. */
  maxRssMiB?: number;
  figures?: StageFigures;
  /** The end of stderr when the stage failed. */
  error?: string;
}

export interface StageCommand {
  /** Script and arguments run with this Node binary. */
  args: string[];
  env?: Record<string, string>;
  timeoutSeconds?: number;
  /** Lines of the child's stderr, for progress. */
  onLine?: (line: string) => void;
}

const timeBinary = '/usr/bin/time';

export function runStage(command: StageCommand): Promise<StageRun> {
  const node = process.execPath;
  // Each stage runs with the heap `fihris build` gives itself (scripts/commands/restart-with-larger-heap.ts).
  const nodeArgs = [...heapFlags(currentHeapSituation()), ...command.args];
  const [file, args] = existsSync(timeBinary) ? [timeBinary, ['-v', node, ...nodeArgs]] : [node, nodeArgs];
  const started = performance.now();
  const child = spawn(file, args, { env: { ...process.env, ...command.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let peakKiB = 0;
  const sampler = setInterval(() => { peakKiB = Math.max(peakKiB, processTreeRssKiB(child.pid!)); }, 250);
  const timer = command.timeoutSeconds ? setTimeout(() => child.kill('SIGKILL'), command.timeoutSeconds * 1000) : undefined;
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    stderr = (stderr + text).slice(-20_000);
    // Everything from /usr/bin/time's report on is figures, not progress.
    if (stderr.includes('\tCommand being timed')) return;
    for (const line of text.split('\n')) if (line.trim()) command.onLine?.(line);
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      if (timer) clearTimeout(timer);
      const figures = parseStageFigures(stdout);
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const ok = code === 0 && figures !== undefined;
      resolve({
        ok,
        wallSeconds: Math.round((performance.now() - started) / 10) / 100,
        peakTreeMiB: Math.round(peakKiB / 1024),
        maxRssMiB: maxRss ? Math.round(Number(maxRss[1]) / 1024) : undefined,
        figures,
        error: ok ? undefined : failureText(stderr, code, signal),
      });
    });
  });
}

function failureText(stderr: string, code: number | null, signal: NodeJS.Signals | null): string {
  const lines = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('\t') && !/^Command (exited|terminated)/.test(l));
  const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
  return `${reason}: ${lines.slice(-6).join(' | ').slice(0, 600)}`;
}
