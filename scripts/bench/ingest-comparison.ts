/**
 * `npm run bench:ingest`: `fihris convert --to marcxml` side by side with marc4js and
 * yaz-marcdump, in the same run, on a generated UTF-8 ISO 2709 file and a MARC-8 one
 * (Arabic records). Each tool runs in its own process under /usr/bin/time, which gives
 * wall time and peak RSS; every output goes to /dev/null.
 *   node scripts/bench/ingest-comparison.ts [--records 100000] [--out bench-out/ingest]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeIso2709Record } from '../../src/ingest/emit/iso2709-writer.ts';
import { encodeMarc8 } from '../../src/ingest/emit/marc8-encoder.ts';
import type { MarcRecord } from '../../src/ingest/marc/marc-record.ts';
import { seededDraw } from '../shared/seeded-random.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { records: { type: 'string', default: '100000' }, out: { type: 'string', default: 'bench-out/ingest' } } });
const recordCount = Number(values.records);
const outDir = resolve(values.out);

const titleWords = ['تاريخ', 'عمان', 'البحري', 'الفقه', 'الإسلامي', 'الأدب', 'العربي', 'مسقط', 'نزوى', 'صحار', 'الخليج', 'دراسة', 'وثائقية', 'الرحلات', 'المخطوطات', 'اللغة', 'الشعر', 'الحديث', 'التراث', 'الأفلاج'];
const authors = ['الحارثي، سالم بن محمد', 'السيابي، سالم بن حمود', 'السالمي، عبد الله بن حميد', 'ابن رزيق، حميد بن محمد', 'الإزكوي، سرحان بن سعيد'];

/** A plausible Arabic catalogue record; the seed varies its words and numbers. */
function sampleRecord(n: number): MarcRecord {
  const draw = seededDraw(`ingest-${n}`);
  const title = Array.from({ length: 3 + Math.floor(draw.next() * 4) }, () => draw.pick(titleWords)).join(' ');
  const year = 1950 + Math.floor(draw.next() * 74);
  const field = (tag: string, ind: string, subfields: [string, string][]) => ({
    tag, ind1: ind[0], ind2: ind[1], subfields: subfields.map(([code, value]) => ({ code, value })),
  });
  return {
    leader: '00000nam a2200000 i 4500',
    fields: [
      { tag: '001', value: `OM-${String(n).padStart(8, '0')}` },
      { tag: '008', value: `240501s${year}    mk            000 0 ara d` },
      field('100', '1 ', [['a', draw.pick(authors)]]),
      field('245', '10', [['a', `${title} :`], ['b', 'دراسة وثائقية /'], ['c', 'تأليف سالم بن محمد الحارثي.']]),
      field('260', '  ', [['a', 'مسقط :'], ['b', 'وزارة التراث والثقافة،'], ['c', `${year}.`]]),
      field('300', '  ', [['a', `${100 + (n % 400)} ص. ؛`], ['c', '24 سم.']]),
      field('650', ' 4', [['a', draw.pick(titleWords)], ['x', 'تاريخ.']]),
      field('952', '  ', [['a', 'MCT'], ['o', `956.3 ح ت ${n}`], ['p', String(3000000 + n)]]),
    ],
  };
}

function writeSample(path: string, marc8: boolean): void {
  if (existsSync(path)) return;
  const fd = openSync(path, 'w');
  for (let n = 0; n < recordCount; n++) {
    writeSync(fd, marc8 ? writeIso2709Record(sampleRecord(n), { encodeText: encodeMarc8, leader09: ' ' }) : writeIso2709Record(sampleRecord(n)));
  }
  closeSync(fd);
}

interface Tool {
  name: string;
  command: (file: string, marc8: boolean) => string[];
}

const marc4jsScript = `const m=require('marc4js'),fs=require('fs');let n=0;const p=m.parse({format:'iso2709'});
p.on('data',()=>n++);p.on('error',e=>{console.error(String(e));process.exit(1)});p.on('end',()=>console.error(n+' records'));
fs.createReadStream(process.argv[1]).pipe(p);`;

const tools: Tool[] = [
  { name: 'fihris convert --to marcxml', command: (file) => [process.execPath, join(repoRoot, 'scripts/fihris.ts'), 'convert', file, '--to', 'marcxml'] },
  { name: 'marc4js (parse only)', command: (file) => [process.execPath, '-e', marc4jsScript, file] },
  { name: 'yaz-marcdump -o marcxml', command: (file, marc8) => ['yaz-marcdump', '-i', 'marc', '-o', 'marcxml', ...(marc8 ? ['-f', 'MARC-8', '-t', 'UTF-8'] : []), file] },
];

/** Runs one tool under /usr/bin/time; stdout is discarded. */
function measure(tool: Tool, file: string, marc8: boolean): string {
  const [command, ...args] = tool.command(file, marc8);
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M %U %S', command, ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  const timing = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  if (run.error || !timing) return `| ${tool.name} | ${marc8 ? 'MARC-8' : 'UTF-8'} | failed: ${(run.error?.message ?? run.stderr ?? '').split('\n')[0]} | | |`;
  const seconds = Number(timing[1]);
  const note = run.status === 0 ? '' : ` (exit ${run.status}: ${run.stderr.split('\n').find((line) => line.trim() && !line.startsWith('TIME'))?.slice(0, 80)})`;
  // CPU time (user + system) is what one core spends: on a shared machine it says more than wall time.
  const cpuSeconds = Number(timing[3]) + Number(timing[4]);
  const rate = (time: number) => `${Math.round(recordCount / time).toLocaleString('en')} records/s`;
  return `| ${tool.name} | ${marc8 ? 'MARC-8' : 'UTF-8'} | ${rate(seconds)}${note} | ${rate(cpuSeconds)} | ${seconds.toFixed(1)} s | ${cpuSeconds.toFixed(1)} s | ${Math.round(Number(timing[2]) / 1024)} MiB |`;
}

mkdirSync(outDir, { recursive: true });
const files = [
  { path: join(outDir, `arabic-utf8-${recordCount}.mrc`), marc8: false },
  { path: join(outDir, `arabic-marc8-${recordCount}.mrc`), marc8: true },
];
for (const file of files) writeSample(file.path, file.marc8);
console.log(`${recordCount.toLocaleString('en')} Arabic records per file; UTF-8 ${(statSync(files[0].path).size / 1e6).toFixed(1)} MB, MARC-8 ${(statSync(files[1].path).size / 1e6).toFixed(1)} MB\n`);
console.log(`load average at the start: ${loadavg().map((load) => load.toFixed(1)).join(', ')} on ${cpus().length} cores\n`);
console.log('| tool | file | speed (wall) | speed (CPU) | wall time | CPU time | peak RSS |\n|---|---|---|---|---|---|---|');
for (const file of files) for (const tool of tools) console.log(measure(tool, file.path, file.marc8));
