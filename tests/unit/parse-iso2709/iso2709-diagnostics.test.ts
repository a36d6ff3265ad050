import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIso2709Diagnostics } from '../../../src/ingest/diagnostics/catalogue/parse-iso2709.ts';
import { formatDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import { readIso2709File } from '../../../src/ingest/parse/iso2709-reader.ts';
import { arabicFields, concat, isoRecord, readAll } from './iso2709-builder.ts';

describe('ISO 2709 diagnostics in the report', () => {
  it('tells the library in English where the wrong leader length is and what to do', async () => {
    const [record] = await readAll(isoRecord(arabicFields, { recordLength: '00999' }));
    expect(formatDiagnostic(record.diagnostics[0], 'en')).toBe(
      `test.mrc, record 1, byte 0, field LDR: warning: The leader says the record is 999 bytes long, but it is ${record.raw.length} bytes up to its record terminator; the record was read by its terminator. `
      + 'No data was lost. If this happens in every record, tell your library system supplier that its MARC export writes wrong record lengths.',
    );
  });

  it('tells the library in Arabic which directory entry is broken, with the reason in Arabic', async () => {
    const [record] = await readAll(isoRecord(arabicFields, { directory: (d) => d.slice(0, 15) + 'xx' + d.slice(17) }));
    const line = formatDiagnostic(record.diagnostics[0], 'ar');
    expect(line).toContain('تسجيلة 1, بايت 36, حقل 245');
    expect(line).toContain('مدخل الدليل للحقل 245 تالف (طوله ليس رقماً)');
    expect(line).toContain('أعد التصدير بالوضع الثنائي (لا النصي ولا FTP ASCII)');
  });

  it('says how many bytes a truncated last record had, in both languages', async () => {
    const cut = isoRecord(arabicFields).subarray(0, 80);
    const [record] = await readAll(cut);
    const error = record.diagnostics.at(-1)!;
    expect(formatDiagnostic(error, 'en')).toContain('The file ends in the middle of this record (80 bytes read, no record terminator)');
    expect(formatDiagnostic(error, 'ar')).toContain('قُرئ 80 بايت دون فاصل نهاية');
  });

  it.each(Object.entries(parseIso2709Diagnostics))('%s has the same placeholders in Arabic and English', (_code, definition) => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace('reasonAr', 'reason')).sort();
    expect(names(definition.ar.message + definition.ar.advice)).toEqual(names(definition.en.message + definition.en.advice));
    expect(definition.ar.advice).toMatch(/[\u0600-\u06ff]/);
  });
});

describe('readIso2709File', () => {
  it('streams a file from disk and names it as asked in every diagnostic', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'iso2709-'));
    try {
      const path = join(folder, 'export.mrc');
      const records = Array.from({ length: 3000 }, () => isoRecord(arabicFields, { recordLength: '00001' }));
      writeFileSync(path, concat(records)); // over 64 KiB: records cross chunk boundaries
      const results = [];
      for await (const item of readIso2709File(path, 'libraries/mct/export.mrc')) results.push(item);
      expect(results).toHaveLength(3000);
      expect(results.every((r) => r.kind === 'raw-iso2709' && r.fields.length === 3)).toBe(true);
      expect(results[2999].diagnostics[0]).toMatchObject({ file: 'libraries/mct/export.mrc', recordNumber: 3000, byteOffset: records[0].length * 2999 });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
