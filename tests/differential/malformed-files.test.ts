/**
 * Issue 3's malformed samples through the real command line: `fihris convert` ends with exit 0
 * or 1 (never 3, never a crash), in bounded time, and every record of every file is either
 * converted or rejected: converted + rejected = the records the file holds, counted here
 * independently of the reader. One process converts them all (a sentinel splits the output by
 * file); the two files whose clean twins fix the count also run on their own, to read the
 * "N records converted, M rejected." line exactly as a librarian would.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { diagnosticCatalogue } from '../../src/ingest/diagnostics/diagnostic-catalogue.ts';
import { expectedRecordCount } from '../unit/parse-iso2709/iso2709-accounting.ts';
import { runConvert, type ConvertRun } from './run-convert.ts';
import { haveSamples, malformedFiles, samplePath } from './sample-files.ts';

/** Records a file holds: terminators for ISO 2709, record elements for MARCXML, leaders for JSON. */
function recordsHeld(file: string): number {
  const bytes = readFileSync(samplePath(file));
  if (file.endsWith('.xml')) return bytes.toString('utf8').match(/<(?:\w+:)?record[\s>]/g)?.length ?? 0;
  if (file.endsWith('.json')) return bytes.toString('utf8').match(/"leader"/g)?.length ?? 0;
  return expectedRecordCount(bytes);
}

// One run of pride-and-prejudice-with-many-errors on its own serves the count and the report tests.
const runsAlone = new Map<string, Promise<ConvertRun>>();
function convertAlone(file: string): Promise<ConvertRun> {
  if (!runsAlone.has(file)) runsAlone.set(file, runConvert([samplePath(file)], 30_000));
  return runsAlone.get(file)!;
}

describe.skipIf(!haveSamples)('fihris convert on the malformed samples', () => {
  let run: ConvertRun;
  beforeAll(async () => {
    run = await runConvert(malformedFiles.map(samplePath), 60_000);
  }, 90_000);

  it('ends within 60 s with exit 0 or 1 and no stack trace', () => {
    expect(run.timedOut).toBe(false);
    expect([0, 1]).toContain(run.exitCode);
    expect(run.stderr).not.toMatch(/fihris convert: |\n\s+at /);
    expect(run.recordsByFile?.size).toBe(malformedFiles.length);
  });

  it.for(malformedFiles)('accounts for every record of %s: converted + rejected = records held', (file) => {
    const held = recordsHeld(file);
    const converted = run.recordsByFile!.get(samplePath(file))!.length;
    const rejectedWithReason = new Set(run.report
      .filter((line) => line.file === samplePath(file) && line.severity === 'error' && line.recordNumber !== undefined)
      .map((line) => line.recordNumber)).size;
    expect(converted).toBeLessThanOrEqual(held);
    // Each record not converted has an error of its own in the report: nothing silently dropped.
    expect(held - converted).toBeLessThanOrEqual(rejectedWithReason);
  });

  it('prints a total that adds up: converted + rejected = every record of every file', () => {
    const held = malformedFiles.reduce((sum, file) => sum + recordsHeld(file), 0);
    const converted = [...run.recordsByFile!.values()].reduce((sum, records) => sum + records.length, 0);
    expect(run.summary!.converted - malformedFiles.length).toBe(converted); // one sentinel record per file
    expect(converted + run.summary!.rejected).toBe(held);
  });

  it.for([
    ['marc4j/pride-and-prejudice-with-many-errors.mrc', 383, 'the -fixed twin holds 383'],
    ['MARC-Record/cameleof.usmarc', 10, 'camel.usmarc holds the same 10 without the 0x1A bytes'],
  ] as const)('keeps all the good records of %s on its own: %i (%s)', async ([file, count]) => {
    const alone = await convertAlone(file);
    expect(alone.exitCode).toBe(0);
    expect(alone.summary).toEqual({ converted: count + 1, rejected: 0 }); // + the sentinel
    expect(alone.recordsByFile!.get(samplePath(file))).toHaveLength(count);
  });
});

describe.skipIf(!haveSamples)('fihris convert --report on a malformed sample', () => {
  let run: ConvertRun;
  const file = 'marc4j/pride-and-prejudice-with-many-errors.mrc';
  beforeAll(async () => {
    run = await convertAlone(file);
  }, 60_000);

  it('writes one JSON line per diagnostic, each placed by file, record number and byte offset, with a known code', () => {
    expect(run.report.length).toBeGreaterThan(10);
    for (const line of run.report) {
      expect(line.file).toBe(samplePath(file));
      expect(line.recordNumber).toBeGreaterThanOrEqual(1);
      expect(line.byteOffset).toBeGreaterThanOrEqual(0);
      expect(Object.keys(diagnosticCatalogue)).toContain(line.code);
    }
  });

  it('gives every diagnostic a message and advice in Arabic and in English', () => {
    for (const line of run.report) {
      expect(line.ar.message).toMatch(/[\u0600-\u06FF]/);
      expect(line.ar.advice).toMatch(/[\u0600-\u06FF]/);
      expect(line.en.message).toMatch(/[A-Za-z]/);
      expect(line.en.advice).toMatch(/[A-Za-z]/);
    }
  });

  it('says where the first damaged field is and what to do, in both languages', () => {
    expect(run.report[0]).toMatchObject({
      recordNumber: 2, tag: '350', byteOffset: 1234, severity: 'warning', code: 'decode.invalid-utf8',
      en: {
        message: 'Field 350 is not valid UTF-8 (first bad byte 0xB9); the bad bytes are shown as �.',
        advice: 'Find this record in your library system and retype the damaged letters of field 350, then export again in UTF-8.',
      },
      ar: { message: 'الحقل 350 ليس UTF-8 سليماً (أول بايت خاطئ 0xB9)؛ ظهرت البايتات الخاطئة بالرمز �.' },
    });
  });
});
