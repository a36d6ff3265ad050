/**
 * Each V8 isolate's heap peaks in a `node --trace-gc` log: the largest heap seen before a
 * collection, and the largest left after a full (mark-compact) one, which is about what the
 * isolate kept alive at its fullest. The main thread is the isolate of the log's first line;
 * worker threads have their own.
 *   node --trace-gc scripts/bench/stages/full-build.ts CONTENT OUT > gc.log
 *   node scripts/bench/gc-trace-peaks.ts gc.log
 */
import { readFileSync } from 'node:fs';

interface IsolatePeaks { firstLine: number; collections: number; beforeMB: number; afterFullMB: number }

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/bench/gc-trace-peaks.ts <log of node --trace-gc>');
  process.exit(2);
}
// [pid:0xisolate]   1234 ms: Mark-Compact 812.3 (840.1) -> 700.2 (830.5) MB, …
const collection = /^\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: ([\w-]+(?: \([\w ]+\))?) ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/;
const peaks = new Map<string, IsolatePeaks>();
readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
  const match = collection.exec(line);
  if (!match) return;
  const [, isolate, kind, before, after] = match;
  const peak = peaks.get(isolate) ?? { firstLine: n + 1, collections: 0, beforeMB: 0, afterFullMB: 0 };
  peak.collections += 1;
  peak.beforeMB = Math.max(peak.beforeMB, Number(before));
  if (kind.startsWith('Mark-Compact')) peak.afterFullMB = Math.max(peak.afterFullMB, Number(after));
  peaks.set(isolate, peak);
});
console.log('| isolate | first line | collections | largest heap before one, MB | largest kept after a full one, MB |\n|---|---:|---:|---:|---:|');
for (const [isolate, p] of [...peaks].sort((a, b) => a[1].firstLine - b[1].firstLine)) {
  console.log(`| ${isolate} | ${p.firstLine} | ${p.collections} | ${Math.round(p.beforeMB)} | ${Math.round(p.afterFullMB)} |`);
}
