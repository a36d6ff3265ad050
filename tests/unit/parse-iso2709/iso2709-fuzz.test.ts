/**
 * Mutation fuzzing: real and hand-built records, damaged at random (seeded, so every run
 * is the same run), must never make the reader throw, hang or lose count of records.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticCatalogue } from '../../../src/ingest/diagnostics/diagnostic-catalogue.ts';
import { expectedRecordCount } from './iso2709-accounting.ts';
import { arabicFields, concat, isoRecord, readAll, SF } from './iso2709-builder.ts';

const MUTATED_FILES = 10_000;
const samples = resolve(import.meta.dirname, '../../../../shared/samples');
const sampleNames = [
  'MARC-Record/camel.usmarc', 'marc4js/utf8_only.mrc', 'marc4j/bad_oversize_field_bad_directory.mrc',
  'pymarc/bad_records.mrc', 'openlibrary/880_arabic_french_many_linkages.mrc', 'MARC-Record/filler.usmarc',
];

/** mulberry32: small, seeded, good enough to choose mutations. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function baseMaterial(): Uint8Array[] {
  const own = [
    isoRecord(arabicFields),
    concat([isoRecord([['001', 'a'], ['520', `  ${SF}a${'ن'.repeat(5100)}`]]), isoRecord(arabicFields)]),
  ];
  const real = existsSync(samples)
    ? sampleNames.filter((n) => existsSync(resolve(samples, n))).map((n) => new Uint8Array(readFileSync(resolve(samples, n))))
    : [];
  return [...own, ...real];
}

type Mutation = (bytes: Uint8Array, random: () => number) => Uint8Array;
const at = (bytes: Uint8Array, random: () => number) => Math.floor(random() * (bytes.length + 1));
const pick = <T>(items: T[], random: () => number): T => items[Math.floor(random() * items.length)];
const SPECIAL = [0x1d, 0x1e, 0x1f, 0x1a, 0x00, 0x30, 0x39, 0x20, 0xd8, 0xff];

const mutations: Mutation[] = [
  (b, r) => { const c = b.slice(); c[Math.min(at(b, r), c.length - 1)] = Math.floor(r() * 256); return c; },
  (b, r) => { const c = b.slice(); c[Math.min(at(b, r), c.length - 1)] = pick(SPECIAL, r); return c; },
  (b, r) => { const i = at(b, r); return concat([b.subarray(0, i), Uint8Array.of(pick(SPECIAL, r)), b.subarray(i)]); },
  (b, r) => { const i = at(b, r); return concat([b.subarray(0, i), b.subarray(Math.min(b.length, i + 1 + Math.floor(r() * 40)))]); },
  (b, r) => b.subarray(0, at(b, r)),
  (b, r) => { // rewrite a number: leader length / base address, or a directory entry's digits
    const c = b.slice();
    const i = pick([0, 12, 24 + 3, 24 + 7, 36 + 3, Math.min(at(b, r), Math.max(0, b.length - 5))], r);
    for (let k = i; k < Math.min(c.length, i + 5); k++) c[k] = 0x30 + Math.floor(r() * 10);
    return c;
  },
  (b, r) => { const i = at(b, r); const j = Math.min(b.length, i + Math.floor(r() * 64)); return concat([b.subarray(0, j), b.subarray(i, j), b.subarray(j)]); },
];

describe('readIso2709 under random damage', () => {
  it(`survives ${MUTATED_FILES} mutated files without throwing or losing count`, async () => {
    const random = prng(2709);
    const material = baseMaterial();
    const codes = new Set(Object.keys(diagnosticCatalogue));
    for (let run = 0; run < MUTATED_FILES; run++) {
      let bytes = pick(material, random);
      const count = 1 + Math.floor(random() * 4);
      for (let m = 0; m < count; m++) bytes = pick(mutations, random)(bytes, random);
      const chunkSize = pick([undefined, 1 + Math.floor(random() * 300)], random);
      const started = performance.now();
      const results = await readAll(bytes, chunkSize, { maxRecordBytes: 200_000 });
      const context = `run ${run}`;
      expect(performance.now() - started, context).toBeLessThan(2000);
      expect(results.length, context).toBe(expectedRecordCount(bytes));
      for (const item of results) {
        for (const d of item.diagnostics) expect(codes.has(d.code), context).toBe(true);
        if (item.kind === 'rejected') expect(item.diagnostics.some((d) => d.severity === 'error'), context).toBe(true);
        else for (const f of item.fields) expect(f.byteOffset >= item.source.byteOffset, context).toBe(true);
      }
    }
  }, 60_000);
});
