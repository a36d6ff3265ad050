import { describe, expect, it } from 'vitest';
import {
  arabicFields, bytesOf, codesOf, concat, FT, isoRecord, kept, readAll, RT, SF, tagsOf, text,
} from './iso2709-builder.ts';

const second = isoRecord([['001', 'OM-0002'], ['245', `00${SF}aكتاب ثان`]]);

describe('readIso2709 on well-formed records', () => {
  it('returns each field\'s exact UTF-8 Arabic bytes, cut by byte lengths in the directory', async () => {
    const [record] = await readAll(isoRecord(arabicFields));
    const fields = kept(record).fields;
    expect(fields.map((f) => [f.tag, text(f.bytes)])).toEqual(arabicFields);
    expect(record.diagnostics).toEqual([]);
  });

  it('gives each field the file offset of its first byte', async () => {
    const file = concat([second, isoRecord(arabicFields)]);
    const [, record] = await readAll(file);
    const title = kept(record).fields[1];
    expect(record.source).toEqual({ file: 'test.mrc', recordNumber: 2, byteOffset: second.length });
    expect(file.subarray(title.byteOffset, title.byteOffset + title.bytes.length)).toEqual(title.bytes);
    expect(file[title.byteOffset + title.bytes.length]).toBe(0x1e);
  });

  it('keeps the leader as read and the record bytes for the rejection report', async () => {
    const bytes = isoRecord(arabicFields);
    const record = kept((await readAll(bytes))[0]);
    expect(record.leader).toBe(String.fromCharCode(...bytes.subarray(0, 24)));
    expect(record.raw).toEqual(bytes);
  });

  it('reads directory entries that are not in offset order, in directory order', async () => {
    const bytes = isoRecord(arabicFields, {
      directory: (d) => d.slice(24, 36) + d.slice(0, 12) + d.slice(12, 24),
    });
    const [record] = await readAll(bytes);
    expect(kept(record).fields.map((f) => [f.tag, text(f.bytes)])).toEqual([arabicFields[2], arabicFields[0], arabicFields[1]]);
    expect(record.diagnostics).toEqual([]);
  });
});

describe('readIso2709 between records', () => {
  it('skips DOS end-of-file bytes, NULs, blanks and line breaks between records', async () => {
    const filler = bytesOf('\x1a\x00 \r\n\t');
    const results = await readAll(concat([filler, second, filler, second, bytesOf('\x1a\x1d\n'), second, filler]));
    expect(results.map((r) => r.kind)).toEqual(['raw-iso2709', 'raw-iso2709', 'raw-iso2709']);
    expect(results[1].source.byteOffset).toBe(filler.length * 2 + second.length);
    expect(results.flatMap(codesOf)).toEqual([]);
  });

  it('skips garbage before a record and says how many bytes', async () => {
    const garbage = bytesOf('--- export of 2024-05-01 ---\n');
    const results = await readAll(concat([second, garbage, isoRecord(arabicFields)]));
    expect(results).toHaveLength(2);
    expect(tagsOf(results[1])).toEqual(['001', '245', '260']);
    expect(results[1].source.byteOffset).toBe(second.length + garbage.length);
    expect(results[1].diagnostics).toMatchObject([
      { code: 'iso2709.garbage-skipped', severity: 'warning', recordNumber: 2, byteOffset: second.length, params: { length: garbage.length } },
    ]);
  });

  it('rejects a terminated piece with no fields and goes on with the next record', async () => {
    const junk = bytesOf(`this is not MARC${RT}`);
    const results = await readAll(concat([second, junk, second]));
    expect(results.map((r) => r.kind)).toEqual(['raw-iso2709', 'rejected', 'raw-iso2709']);
    expect(results[1]).toMatchObject({ raw: junk, source: { recordNumber: 2, byteOffset: second.length } });
    expect(results[1].diagnostics).toMatchObject([
      { code: 'iso2709.record-unreadable', severity: 'error', params: { reason: 'shorter than a 24-byte leader' } },
    ]);
    expect(results[2].source.recordNumber).toBe(3);
  });
});

describe('readIso2709 on a damaged leader', () => {
  it('cuts the record at its terminator and warns when the leader length is wrong', async () => {
    const bytes = isoRecord(arabicFields, { recordLength: '00999' });
    const results = await readAll(concat([bytes, second]));
    expect(results.map(tagsOf)).toEqual([['001', '245', '260'], ['001', '245']]);
    expect(results[0].diagnostics).toMatchObject([
      { code: 'iso2709.leader-length-mismatch', tag: 'LDR', byteOffset: 0, params: { declared: 999, actual: bytes.length } },
    ]);
  });

  it('uses the end of the directory when the base address is wrong', async () => {
    const [record] = await readAll(isoRecord(arabicFields, { baseAddress: '00050' }));
    expect(kept(record).fields.map((f) => text(f.bytes))).toEqual(arabicFields.map(([, content]) => content));
    expect(codesOf(record)).toEqual(['iso2709.base-address-wrong']);
  });

  it('trusts the base address when the directory lost its own terminator', async () => {
    const bytes = isoRecord(arabicFields);
    bytes[24 + 36] = 0x1f; // the directory terminator
    const [record] = await readAll(bytes);
    expect(kept(record).fields.map((f) => [f.tag, text(f.bytes)])).toEqual(arabicFields);
    expect(codesOf(record)).toEqual(['iso2709.directory-end-damaged']);
  });
});

describe('readIso2709 on a broken directory', () => {
  it('recovers the fields from their terminators when a length is not a number', async () => {
    const bytes = isoRecord(arabicFields, { directory: (d) => d.slice(0, 15) + 'xx' + d.slice(17) });
    const [record] = await readAll(bytes);
    expect(kept(record).fields.map((f) => [f.tag, text(f.bytes)])).toEqual(arabicFields);
    expect(record.diagnostics).toMatchObject([
      { code: 'iso2709.directory-broken', tag: '245', byteOffset: 36, params: { reason: 'its length is not a number' } },
    ]);
  });

  it('finds the right tags after a field over 9999 bytes shifted the entries', async () => {
    const note = 'ن'.repeat(5100); // 10200 bytes: needs a 5-digit length
    const bytes = isoRecord([['001', 'x'], ['520', `  ${SF}a${note}`], ['650', ` 0${SF}aتاريخ`]]);
    const [record] = await readAll(bytes);
    expect(tagsOf(record)).toEqual(['001', '520', '650']);
    expect(text(kept(record).fields[1].bytes)).toBe(`  ${SF}a${note}`);
    expect(codesOf(record)).toContain('iso2709.directory-broken');
  });

  it('leaves out a field that has no directory entry, and says so', async () => {
    const bytes = isoRecord(arabicFields, { directory: (d) => d.slice(0, 24) });
    const [record] = await readAll(bytes);
    expect(tagsOf(record)).toEqual(['001', '245']);
    expect(record.diagnostics).toMatchObject([
      { code: 'iso2709.directory-broken', params: { reason: 'the data holds a field the directory does not list' } },
      { code: 'iso2709.field-without-tag', params: { length: bytesOf(arabicFields[2][1]).length } },
    ]);
  });
});

describe('readIso2709 at the end of the file', () => {
  it('rejects a last record cut in the middle of a field', async () => {
    const cut = isoRecord(arabicFields).subarray(0, 80);
    const results = await readAll(concat([second, cut]));
    expect(results.map((r) => r.kind)).toEqual(['raw-iso2709', 'rejected']);
    expect(results[1]).toMatchObject({ raw: cut, source: { recordNumber: 2, byteOffset: second.length } });
    expect(codesOf(results[1]).at(-1)).toBe('iso2709.truncated-record');
  });

  it('keeps a last record that lacks only its record terminator, with a warning', async () => {
    const whole = isoRecord(arabicFields);
    const [record] = await readAll(whole.subarray(0, whole.length - 1));
    expect(tagsOf(record)).toEqual(['001', '245', '260']);
    expect(codesOf(record)).toEqual(['iso2709.record-terminator-missing']);
  });

  it('does not count trailing filler as a record', async () => {
    expect(await readAll(concat([second, bytesOf('\r\n\x1a')]))).toHaveLength(1);
  });

  it('rejects a piece with no terminator longer than the limit and reads on', async () => {
    const huge = bytesOf('x'.repeat(5000) + RT);
    const results = await readAll(concat([huge, second]), 1000, { maxRecordBytes: 2000 });
    expect(results.map((r) => r.kind)).toEqual(['rejected', 'raw-iso2709']);
    expect(codesOf(results[0])).toEqual(['iso2709.record-too-large']);
    expect(results[0].raw.length).toBeLessThanOrEqual(64 * 1024);
    expect(results[1].source.byteOffset).toBe(huge.length);
  });

  it('yields nothing for an empty file', async () => {
    expect(await readAll(new Uint8Array(0))).toEqual([]);
  });
});

describe('readIso2709 across chunk boundaries', () => {
  const file = concat([isoRecord(arabicFields), bytesOf('\x1a\n'), second, bytesOf(`junk${FT}`), isoRecord(arabicFields)]);

  it.each([1, 2, 7, 13, 64])('gives the same records with %i-byte chunks as with one chunk', async (size) => {
    const whole = await readAll(file);
    expect(await readAll(file, size)).toEqual(whole);
    expect(whole.map((r) => r.kind)).toEqual(['raw-iso2709', 'raw-iso2709', 'raw-iso2709']);
  });

  it('does not keep the stream\'s chunks alive through the fields', async () => {
    const [record] = await readAll(file, 7);
    expect(kept(record).fields[1].bytes.buffer).toBe(record.raw.buffer);
    expect(record.raw.buffer.byteLength).toBe(record.raw.length);
  });
});
