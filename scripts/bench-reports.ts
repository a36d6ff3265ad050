/**
 * Measures the report computation on a generated consortium: 36 libraries, 100k union
 * records (by default), 1–8 holders each, skewed towards the big libraries.
 * Usage: node scripts/bench-reports.ts [records]
 */
import type { UnionRecord } from '../src/shared/catalog-schema.ts';
import { computeReports } from '../src/reports/compute-reports.ts';
import { acquisitionClasses, acquisitionIndex, acquisitionLists, lackingTitles, onlyHereTitles } from '../src/reports/acquisition-lists.ts';
import { librariesCsv, overlapCsv } from '../src/reports/report-csv.ts';

const recordCount = Number(process.argv[2] ?? 100_000);
const cities = ['Muscat', 'Nizwa', 'Sohar', 'Salalah', 'Sur', 'Ibri'];
const libraries = Array.from({ length: 36 }, (_, i) => ({
  code: `lib-${String(i).padStart(2, '0')}`,
  name: { ar: `مكتبة ${i}`, en: `Library ${i}` },
  city: { ar: cities[i % cities.length], en: cities[i % cities.length] },
}));

// A small deterministic generator, so every run measures the same data.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const zipfLibrary = () => Math.min(35, Math.floor(36 * random() ** 2));

function generate(n: number): UnionRecord[] {
  return Array.from({ length: n }, (_, i): UnionRecord => {
    const holders = [...new Set(Array.from({ length: 1 + Math.floor(random() ** 3 * 8) }, zipfLibrary))].map((k) => libraries[k].code);
    const description = {
      title: { proper: `Title ${i}`, variants: [] }, names: [], publication: { gregorianYear: 1950 + Math.floor(random() * 75) },
      series: [], subjects: random() < 0.8 ? ['Subject'] : [],
      classification: { dewey: random() < 0.9 ? [`${Math.floor(random() * 1000)}`.padStart(3, '0')] : [], lc: [] },
      identifiers: { isbn: random() < 0.6 ? ['9789948000001'] : [], invalidIsbn: [], issn: [], lccn: [], systemNumbers: [] },
      languages: [random() < 0.7 ? 'ara' : 'eng'], notes: [], links: [], format: 'book',
    };
    const members = holders.map((libraryCode, k) => ({ libraryCode, file: 'catalogue.mrc', recordNumber: i * 8 + k + 1, rule: 'first' as const, description }));
    return { id: i.toString(36), url: `r/${i.toString(36)}.html`, description, displayMember: 0, members, holdings: holders.map((libraryCode) => ({ libraryCode, copies: 1 })) };
  });
}

const records = generate(recordCount);
const accounting = libraries.map(({ code }) => ({ code, recordsRead: 0, recordsAccepted: 0, recordsRejected: 0 }));
for (const record of records) for (const member of record.members) accounting.find((a) => a.code === member.libraryCode)!.recordsAccepted += 1;

// Best of three runs: the machine may be busy, and the first run also pays for compiling.
const time = <T>(label: string, run: () => T): T => {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    result = run();
    best = Math.min(best, performance.now() - start);
  }
  console.log(`${label}: ${best.toFixed(0)} ms (best of 3)`);
  return result;
};

const data = time(`computeReports, ${recordCount} records, ${libraries.length} libraries`, () =>
  computeReports({ libraries, records, accounting, diagnostics: [], facts: { fixedField008: () => true } }));
time('libraries.csv + overlap.csv', () => librariesCsv(data).length + overlapCsv(data).length);
const index = time('acquisition index (one pass)', () => acquisitionIndex([...records]));
const listed = time(`acquisition lists, ${libraries.length} libraries × ${acquisitionClasses.length} classes`, () =>
  libraries.reduce((sum, { code }) => sum + acquisitionClasses.reduce((n, c) => n + lackingTitles(index, code, c).length + onlyHereTitles(index, code, c).length, 0), 0));
// What the acquisition pages ask for (counts and the first 500, each page in two languages),
// on a fresh index each time: the lists' tallies are kept per index.
time(`acquisition pages' lists, ${libraries.length} libraries × ${acquisitionClasses.length} classes × 2 languages (index included)`, () => {
  const fresh = acquisitionIndex([...records]);
  let shown = 0;
  for (const _lang of ['ar', 'en']) for (const { code } of libraries) for (const c of acquisitionClasses) { const lists = acquisitionLists(fresh, code, c, 500); shown += lists.lacking.shown.length + lists.onlyHere.shown.length; }
  return shown;
});
console.log(`titles ${data.collection.consortium.titles}, last copies ${data.collection.consortium.lastCopies}, list entries ${listed}`);
console.log(`reports.json size: ${(JSON.stringify(data).length / 1024).toFixed(0)} KiB; heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
