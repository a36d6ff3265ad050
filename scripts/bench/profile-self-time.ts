/**
 * Where a thread's time went, from a V8 CPU profile (`node --cpu-prof`): self time per function,
 * most first. With a second profile of a larger run, what grew faster than the catalogue: each
 * function's self time in both, and how far the second exceeds `--scale` times the first (the
 * README's 100k against 300k comparison: `--scale 3`). `--from`/`--to` keep the samples of a
 * window, in seconds from the profile's start (a build's stage, from its log's times).
 *   node scripts/bench/profile-self-time.ts A.cpuprofile [B.cpuprofile --scale 3] [--from S --to S] [--top N]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { scale: { type: 'string', default: '1' }, from: { type: 'string', default: '0' }, to: { type: 'string', default: 'Infinity' }, top: { type: 'string', default: '30' } },
});
if (positionals.length < 1 || positionals.length > 2) {
  console.error('usage: node scripts/bench/profile-self-time.ts A.cpuprofile [B.cpuprofile --scale 3] [--from S --to S] [--top N]');
  process.exit(2);
}

/** Seconds of self time per function ("name file:line"), over the samples inside the window. */
function selfSeconds(file: string): Map<string, number> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nameOf = new Map(profile.nodes.map(({ id, callFrame: { functionName, url, lineNumber } }) => [id, `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|src|scripts)\//, '$1/')}:${lineNumber}`]));
  const [from, to] = [Number(values.from) * 1e6, Number(values.to) * 1e6];
  const seconds = new Map<string, number>();
  let at = 0;
  for (let n = 0; n < profile.samples.length; n++) {
    at += profile.timeDeltas[n];
    // A sample's time is the gap to the next one.
    const span = profile.timeDeltas[n + 1] ?? 0;
    if (at < from || at > to) continue;
    const name = nameOf.get(profile.samples[n])!;
    seconds.set(name, (seconds.get(name) ?? 0) + span / 1e6);
  }
  return seconds;
}

const top = Number(values.top);
const first = selfSeconds(positionals[0]);
const total = (times: Map<string, number>) => [...times.values()].reduce((sum, s) => sum + s, 0).toFixed(1);
if (positionals.length === 1) {
  console.log(`total ${total(first)} s`);
  for (const [name, s] of [...first].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${s.toFixed(2).padStart(8)}  ${name}`);
} else {
  const second = selfSeconds(positionals[1]);
  const scale = Number(values.scale);
  console.log(`total ${total(first)} s and ${total(second)} s; excess = second − ${scale} × first`);
  const excess = (name: string) => (second.get(name) ?? 0) - scale * (first.get(name) ?? 0);
  const names = [...new Set([...first.keys(), ...second.keys()])].sort((a, b) => excess(b) - excess(a));
  for (const name of names.slice(0, top)) {
    console.log(`${(first.get(name) ?? 0).toFixed(2).padStart(8)} ${(second.get(name) ?? 0).toFixed(2).padStart(8)} ${excess(name).toFixed(2).padStart(8)}  ${name}`);
  }
}
