/**
 * Speed and memory of the ISO 2709 reader alone (no decoding). Writes a file of UTF-8
 * Arabic records into a temporary folder, reads it back, prints records/s and peak RSS.
 * Usage:
 *   node scripts/bench-ingest-iso2709.ts [records=100000]
 *   node scripts/bench-ingest-iso2709.ts --read file.mrc     (an existing file)
 * Goal: at least 40,000 records/s on one core, memory flat in the file's size.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIso2709File } from '../src/ingest/parse/iso2709-reader.ts';

const SF = '\x1f';
const utf8 = new TextEncoder();

/** One plausible catalogue record: Arabic title, author, imprint, subjects and holdings. */
function arabicRecord(n: number): Uint8Array {
  const fields: [string, string][] = [
    ['001', `OM-${String(n).padStart(8, '0')}`],
    ['005', '20240501120000.0'],
    ['008', '240501s2019    mk            000 0 ara d'],
    ['020', `  ${SF}a978996900${n % 10000}`],
    ['100', `1 ${SF}aالحارثي، سالم بن محمد،${SF}d1950-`],
    ['245', `10${SF}aتاريخ عمان البحري في القرن التاسع عشر :${SF}bدراسة وثائقية /${SF}cتأليف سالم بن محمد الحارثي.`],
    ['250', `  ${SF}aالطبعة الثانية.`],
    ['260', `  ${SF}aمسقط :${SF}bوزارة التراث والثقافة،${SF}c2019.`],
    ['300', `  ${SF}a350 صفحة :${SF}bإيضاحيات ؛${SF}c24 سم.`],
    ['500', `  ${SF}aيشتمل على إرجاعات ببليوجرافية وكشاف.`],
    ['650', ` 4${SF}aعمان${SF}xتاريخ بحري.`],
    ['650', ` 4${SF}aالملاحة${SF}zعمان${SF}xتاريخ.`],
    ['952', `  ${SF}aMCT${SF}bMCT${SF}o956.3 ح ت${SF}p${3000000 + n}${SF}yBK`],
  ];
  let directory = '';
  const data: Uint8Array[] = [];
  let offset = 0;
  for (const [tag, content] of fields) {
    const bytes = utf8.encode(content + '\x1e');
    directory += tag + String(bytes.length).padStart(4, '0') + String(offset).padStart(5, '0');
    data.push(bytes);
    offset += bytes.length;
  }
  const base = 24 + directory.length + 1;
  const leader = `${String(base + offset + 1).padStart(5, '0')}nam a22${String(base).padStart(5, '0')} i 4500`;
  const parts = [utf8.encode(leader + directory + '\x1e'), ...data, Uint8Array.of(0x1d)];
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

function writeSample(path: string, records: number): void {
  writeFileSync(path, new Uint8Array(0));
  for (let start = 0; start < records; start += 1000) {
    const batch = [];
    for (let n = start; n < Math.min(records, start + 1000); n++) batch.push(arabicRecord(n));
    appendFileSync(path, Buffer.concat(batch));
  }
}

/** Reads the file and prints the figures; runs in its own process so peak RSS is the reader's. */
async function measure(path: string): Promise<void> {
  const started = performance.now();
  let read = 0;
  let fields = 0;
  for await (const item of readIso2709File(path, 'arabic.mrc')) {
    read++;
    if (item.kind === 'raw-iso2709') fields += item.fields.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const mb = statSync(path).size / 1e6;
  console.log(`${read} records (${fields} fields, ${mb.toFixed(1)} MB) in ${seconds.toFixed(2)} s`);
  console.log(`${Math.round(read / seconds)} records/s, ${(mb / seconds).toFixed(1)} MB/s`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);
}

if (process.argv[2] === '--read') {
  await measure(process.argv[3]);
} else {
  const records = Number(process.argv[2] ?? 100_000);
  const folder = mkdtempSync(join(tmpdir(), 'fihris-bench-iso2709-'));
  try {
    const path = join(folder, 'arabic.mrc');
    writeSample(path, records);
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--read', path], { stdio: 'inherit' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
