/**
 * Clustering at scale: generates synthetic ClusterInput records (default 1,000,000) with
 * realistic duplication (each edition held by 1–6 of 36 libraries, spelt differently by each,
 * ISBNs on about half, volumes and editions of the same title) and prints the time taken by
 * clusterRecords and the peak resident memory.
 *
 *   node --max-old-space-size=8192 scripts/bench-cluster.ts [records]
 */
import type { ClusterInput } from '../src/ingest/merge/cluster-input.ts';
import { clusterRecords } from '../src/ingest/merge/cluster-records.ts';
import type { BibliographicDescription } from '../src/shared/catalog-schema.ts';

const target = Number(process.argv[2] ?? 1_000_000);

// Deterministic: the same records on every run.
let seed = 20240601;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const words = ['تاريخ', 'عُمان', 'الأدب', 'الشعر', 'الفقه', 'أصول', 'مختصر', 'شرح', 'ديوان', 'رحلة', 'الحديث',
  'العربية', 'الإسلامية', 'المعاصر', 'دراسة', 'الأعيان', 'أهل', 'سيرة', 'النحو', 'اللغة', 'الخليج', 'البحر',
  'الفلج', 'النخلة', 'القلاع', 'مسقط', 'ظفار', 'نزوى', 'صحار', 'الجبل', 'الأخضر', 'التربية', 'الاقتصاد', 'التنمية',
  'المرأة', 'المجتمع', 'التراث', 'الحضارة', 'الموسوعة', 'معجم', 'قاموس', 'دليل', 'مبادئ', 'علم', 'المكتبات',
  'الفكر', 'السياسة', 'القانون', 'الطب', 'الهندسة', 'الزراعة', 'المياه', 'الجغرافيا', 'الفلك', 'الرياضيات'];
const given = ['سالم', 'محمد', 'أحمد', 'سعيد', 'ناصر', 'حمود', 'خالد', 'علي', 'فاطمة', 'مريم', 'عائشة', 'يوسف',
  'إبراهيم', 'عبد الله', 'هلال', 'سيف', 'راشد', 'خلفان', 'موسى', 'ليلى'];
const family = ['السيابي', 'الكندي', 'الحارثي', 'البوسعيدي', 'الرواحي', 'الهنائي', 'السالمي', 'الخليلي',
  'المعشني', 'البلوشي', 'الغافري', 'العبري', 'الشكيلي', 'الراشدي', 'الحجري', 'الكلباني', 'المحروقي', 'الزدجالي'];
const libraries = Array.from({ length: 36 }, (_, i) => `lib${String(i + 1).padStart(2, '0')}`);

interface Edition { title: string; author: string; year: number; edition?: number; part?: number; isbn?: string }

function edition(n: number): Edition {
  const title = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(words)).join(' ');
  const e: Edition = { title, author: `${pick(given)} بن ${pick(given)} ${pick(family)}`, year: 1950 + Math.floor(random() * 75) };
  if (random() < 0.15) e.edition = 1 + Math.floor(random() * 4);
  if (random() < 0.1) e.part = 1 + Math.floor(random() * 5);
  if (random() < 0.5) e.isbn = `978${String(1_000_000_000 + n).slice(0, 10)}`;
  return e;
}

const plain = (text: string) => text.replace(/[أإآ]/g, 'ا').replace(/ة(?=\s|$)/g, 'ه');

function description(e: Edition, library: number): BibliographicDescription {
  const [first, ...rest] = e.author.split(' ');
  const name = library % 2 === 0 ? `${rest.at(-1)}، ${first} ${rest.slice(0, -1).join(' ')}` : e.author;
  const spell = library % 3 === 0 ? plain : (t: string) => t;
  return {
    title: { proper: spell(e.title), variants: [], ...(e.part && { partNumber: `ج. ${e.part}` }) },
    names: [{ name: spell(name), role: 'author', kind: 'person' }],
    ...(e.edition && { edition: `ط. ${e.edition}` }),
    publication: { gregorianYear: e.year, dateText: String(e.year) },
    series: [], subjects: [], notes: [], links: [], languages: library % 4 === 0 ? [] : ['ara'],
    classification: { dewey: [], lc: [] },
    identifiers: { isbn: e.isbn && library % 5 !== 0 ? [e.isbn] : [], invalidIsbn: [], issn: [], lccn: [], systemNumbers: [] },
    format: 'book',
  };
}

function generate(count: number): ClusterInput[] {
  const inputs: ClusterInput[] = [];
  const recordNumbers = new Map<string, number>();
  for (let n = 0; inputs.length < count; n++) {
    const e = edition(n);
    const holders = new Set(Array.from({ length: 1 + Math.floor(random() * random() * 6) }, () => Math.floor(random() * 36)));
    for (const library of holders) {
      if (inputs.length >= count) break;
      const code = libraries[library];
      const recordNumber = (recordNumbers.get(code) ?? 0) + 1;
      recordNumbers.set(code, recordNumber);
      inputs.push({
        libraryCode: code, file: `${code}/catalogue.mrc`, recordNumber, controlNumber: String(recordNumber),
        description: description(e, library), holdings: [{ libraryCode: code, copies: 1 }],
      });
    }
  }
  return inputs;
}

const inputs = generate(target);
const before = performance.now();
const clusters = clusterRecords(inputs);
const seconds = (performance.now() - before) / 1000;
const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log(`${inputs.length} records → ${clusters.length} clusters in ${seconds.toFixed(1)} s; peak RSS ${peakMiB.toFixed(0)} MiB`);
