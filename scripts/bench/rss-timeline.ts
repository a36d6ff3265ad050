/**
 * Where a stage's memory peaks: runs a stage script, samples the process tree's RSS every 250 ms
 * (process-tree-rss.ts, as the benchmark does), prints each of the build's phase lines with the
 * tree's RSS at that moment, and the peak with when it came.
 *   node scripts/bench/rss-timeline.ts scripts/bench/stages/full-rebuild.ts <stage arguments…>
 */
import { spawn } from 'node:child_process';
import { processTreeRssKiB } from './process-tree-rss.ts';

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: node scripts/bench/rss-timeline.ts <stage script> [arguments…]');
  process.exit(2);
}
const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'pipe'] });
const started = performance.now();
const gib = (kib: number) => `${(kib / 2 ** 20).toFixed(2)} GiB`;
let peak = 0;
let peakAt = 0;
const sampler = setInterval(() => {
  const rss = processTreeRssKiB(child.pid!);
  if (rss > peak) [peak, peakAt] = [rss, (performance.now() - started) / 1000];
}, 250);
child.stderr.setEncoding('utf8');
child.stderr.on('data', (text: string) => {
  for (const line of text.split('\n')) {
    if (/\d\/3 |pages: |dumps: |index |downloads: /.test(line)) console.log(`${line.slice(0, 140)} | tree ${gib(processTreeRssKiB(child.pid!))}`);
  }
});
child.on('exit', (code) => {
  clearInterval(sampler);
  console.log(`peak ${gib(peak)} at ${peakAt.toFixed(0)} s of ${((performance.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode = code ?? 1;
});
