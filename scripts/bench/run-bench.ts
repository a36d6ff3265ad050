/**
 * `npm run bench [-- --sizes 10000,100000] [--big] [--stages ingest,pages] [--seed S]`
 * For each size: generate the consortium (cached in bench-out/consortium-N/), run every
 * stage in its own process, print a Markdown table and write bench-out/bench-results.json.
 * Then the browser query measurements over the full build (measure-search.ts); --no-search skips
 * them, --bypass-csp measures the engine even where the page's Content-Security-Policy blocks it,
 * --http1 serves the site over HTTP/1.1 instead of HTTP/2. --search-at N: the same queries on the
 * own index of N synthetic union records (1000000: a size whose whole site this machine cannot
 * build), served beside the largest size's pages (measure-search-at-scale.ts, about 4 minutes at 1M).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchStages, type BenchPaths } from './bench-stages.ts';
import { markdownTable, type SizeResult, type StageResult } from './bench-table.ts';
import { generatorVersion, type ConsortiumManifest } from './consortium-generator.ts';
import { describeMachine } from './machine.ts';
import { runStage } from './run-stage.ts';

const here = dirname(fileURLToPath(import.meta.url));
const benchOut = resolve(here, '../../bench-out');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    big: { type: 'boolean', default: false },
    seed: { type: 'string', default: 'fihris' },
    stages: { type: 'string' },
    search: { type: 'boolean', default: true },
    'bypass-csp': { type: 'boolean', default: false },
    http1: { type: 'boolean', default: false },
    'search-at': { type: 'string' },
    'timeout-minutes': { type: 'string', default: '90' },
  },
  allowNegative: true,
});
const sizes = values.sizes.split(',').map(Number).concat(values.big ? [1_000_000] : []);
const timeoutSeconds = Number(values['timeout-minutes']) * 60;
const wanted = (name: string) => !values.stages || values.stages.split(',').some((part) => name.includes(part));
const log = (line: string) => process.stderr.write(`${line}\n`);

async function consortium(editions: number): Promise<{ dir: string; manifest: ConsortiumManifest; generation?: StageResult }> {
  const dir = join(benchOut, `consortium-${editions}`);
  const manifestPath = join(dir, 'manifest.json');
  const cached: ConsortiumManifest | undefined = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
  if (cached && cached.seed === values.seed && cached.editions === editions && cached.generatorVersion === generatorVersion) {
    log(`consortium of ${editions} editions: cached in ${dir}`);
    return { dir, manifest: cached };
  }
  log(`generating ${editions} editions into ${dir} …`);
  const run = await runStage({ args: [join(here, 'stages/generate.ts'), String(editions), dir, values.seed], onLine: log });
  if (!run.ok) throw new Error(`The generator failed: ${run.error}`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return { dir, manifest, generation: { stage: 'generate consortium', run, summary: `${run.figures?.records} records in 36 libraries` } };
}

async function benchSize(editions: number, onStage: (partial: SizeResult) => void): Promise<SizeResult> {
  const { dir, manifest, generation } = await consortium(editions);
  const paths: BenchPaths = { consortiumDir: dir, workDir: join(benchOut, `work-${editions}`) };
  mkdirSync(paths.workDir, { recursive: true });
  const results: StageResult[] = generation ? [generation] : [];
  const failed = new Map<string, string>();
  for (const stage of benchStages.filter((s) => wanted(s.name))) {
    const missing = stage.needs.find((need) => failed.has(need));
    if (missing) {
      results.push({ stage: stage.name, skipped: `${missing} did not run` });
      failed.set(stage.name, 'skipped');
      continue;
    }
    log(`${editions}: ${stage.name} …`);
    const run = await runStage({ args: [join(here, 'stages', stage.args(paths)[0]), ...stage.args(paths).slice(1)], timeoutSeconds, onLine: (l) => log(`    ${l.slice(0, 200)}`) });
    if (!run.ok) failed.set(stage.name, run.error ?? 'failed');
    results.push({ stage: stage.name, run, summary: run.ok && run.figures ? stage.summary(run.figures) : undefined });
    log(`    ${run.ok ? `done in ${run.wallSeconds} s, ${run.peakTreeMiB} MiB` : `FAILED: ${run.error}`}`);
    onStage({ editions, sourceRecords: manifest.sourceRecords, stages: results });
  }
  if (values.search) results.push(await searchStage(paths, failed));
  if (values['search-at'] && editions === Math.max(...sizes)) results.push(await searchAtScaleStage(paths, failed, Number(values['search-at'])));
  return { editions, sourceRecords: manifest.sourceRecords, stages: results };
}

/** The full build's site, when that stage ran and left it. */
function builtSite(paths: BenchPaths, failed: Map<string, string>): string | undefined {
  const siteDir = join(paths.workDir, 'build');
  return failed.has('full fihris build') || !existsSync(siteDir) ? undefined : siteDir;
}

async function searchStage(paths: BenchPaths, failed: Map<string, string>): Promise<StageResult> {
  const stage = 'browser queries (1.6 Mbit/s, 150 ms)';
  const siteDir = builtSite(paths, failed);
  if (!siteDir) return { stage, skipped: 'the full build did not run' };
  const run = await runStage({ args: [join(here, 'measure-search.ts'), siteDir, '--json', ...(values['bypass-csp'] ? ['--bypass-csp'] : []), ...(values.http1 ? ['--http1'] : [])], timeoutSeconds: 900, onLine: log });
  return { stage, run, summary: run.ok ? String(run.figures?.summary ?? '') : undefined };
}

async function searchAtScaleStage(paths: BenchPaths, failed: Map<string, string>, records: number): Promise<StageResult> {
  const stage = `browser queries, own index of ${records.toLocaleString('en')} synthetic records beside these pages`;
  const siteDir = builtSite(paths, failed);
  if (!siteDir) return { stage, skipped: 'the full build did not run' };
  const run = await runStage({
    args: ['--max-old-space-size=6144', join(here, 'measure-search-at-scale.ts'), siteDir, '--records', String(records), '--index', join(benchOut, `search-index-${records}`), '--json'],
    timeoutSeconds: 1800, onLine: log,
  });
  return { stage, run, summary: run.ok ? String(run.figures?.summary ?? '') : undefined };
}

const machine = describeMachine();
const results: SizeResult[] = [];
const jsonPath = join(benchOut, 'bench-results.json');
// Written after every stage too: a run stopped at 1M still leaves what it measured.
const saveResults = (partial: SizeResult[]) => {
  mkdirSync(benchOut, { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify({ machine, seed: values.seed, generatorVersion, results: partial }, null, 1)}\n`);
};
for (const editions of sizes) results.push(await benchSize(editions, (size) => saveResults([...results, size])));
saveResults(results);
const tables = results.map(markdownTable).join('\n\n');
console.log(`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}\n\n${tables}`);
log(`written ${jsonPath}`);
rmSync(join(benchOut, 'tmp-site'), { recursive: true, force: true });
