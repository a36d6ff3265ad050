/**
 * Writes a synthetic consortium for the benchmark (see consortium-generator.ts).
 *   node scripts/bench/generate-consortium.ts --records 100000 --out bench-out/consortium-100000 [--seed fihris]
 */
import { parseArgs } from 'node:util';
import { generateConsortium } from './consortium-generator.ts';

const { values } = parseArgs({
  options: { records: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: 'fihris' } },
});
if (!values.records || !values.out || !/^\d+$/.test(values.records)) {
  console.error('usage: generate-consortium.ts --records N --out DIR [--seed S]');
  process.exit(2);
}
const started = performance.now();
const manifest = generateConsortium({
  editions: Number(values.records), outDir: values.out, seed: values.seed,
  onProgress: (done) => console.error(`  ${done} editions`),
});
const seconds = (performance.now() - started) / 1000;
console.log(`${manifest.editions} editions → ${manifest.sourceRecords} records in 36 libraries, ${values.out}, ${seconds.toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
