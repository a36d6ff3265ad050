import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import { decodeMnemonics } from '../../../src/ingest/parse/mrk-mnemonics.ts';
import { readMrk, readMrkFile } from '../../../src/ingest/parse/mrk-reader.ts';
import { codes, collect, fileBytes, fixtures, inChunks } from './text-test-helpers.ts';

const path = join(fixtures, 'mnemonics.mrk');

describe('decodeMnemonics', () => {
  it.each([
    { given: '{dollar}35.99', want: '$35.99' },
    { given: '{lcub}text{rcub}', want: '{text}' },
    { given: 'W{lstrok}oc{lstrok}aw', want: 'Włocław' },
    { given: 'ma{tilde}nana', want: 'man\u0303ana' },
    { given: '{Lstrok}{acute}od{acute}z', want: 'Ło\u0301dz\u0301' },
    { given: '{U+0645}{U+0644}', want: 'مل' },
    { given: 'mas{mlrhring}alah', want: 'masʼalah' },
    { given: 'كتاب \\pub', want: 'كتاب \\pub' },
  ])('turns $given into $want', ({ given, want }) => {
    expect(decodeMnemonics(given, () => {})).toBe(want);
  });

  it('keeps an unknown mnemonic as written and reports it', () => {
    const unknown: string[] = [];
    expect(decodeMnemonics('a{zilch}b', (m) => unknown.push(m))).toBe('a{zilch}b');
    expect(unknown).toEqual(['{zilch}']);
  });
});

describe('readMrk', () => {
  it('reads blanks, mnemonics and a literal backslash in subfield data', async () => {
    const [first] = await collect(readMrkFile(path, 'm.mrk'));
    expect(first.kind).toBe('record');
    if (first.kind !== 'record') return;
    expect(first.record).toEqual({
      leader: '00000nam a2200000 a 4500',
      fields: [
        { tag: '001', value: 'one ' },
        { tag: '245', ind1: '1', ind2: '0', subfields: [
          { code: 'a', value: 'Title $5 Mañana' },
          { code: 'b', value: 'Włocław م{zilch}' },
        ] },
        { tag: '856', ind1: '4', ind2: '0', subfields: [{ code: 'u', value: 'http://x\\y' }] },
      ],
    });
  });

  it('says which line is not a field, and which mnemonic it did not know', async () => {
    const [first] = await collect(readMrkFile(path, 'm.mrk'));
    expect(first.diagnostics.map((d) => formatDiagnostic(d, 'en'))).toEqual([
      'm.mrk, record 1, line 3, byte 0, field 245: warning: Unknown MARCBreaker mnemonic {zilch} was kept as written. '
      + 'Replace it with the character itself, or with {U+XXXX}, in the MRK file.',
      'm.mrk, record 1, line 4, byte 0: warning: This line is not a MARC field (MRK lines look like "=245  10$aTitle"): '
      + '"this is not a field" Correct or delete the line in the MRK file (MarcEdit), or export the records again.',
    ]);
  });

  it('numbers records across several blank lines and reports a field without subfields', async () => {
    const results = await collect(readMrkFile(path, 'm.mrk'));
    expect(results).toHaveLength(2);
    expect(results[1].source.recordNumber).toBe(2);
    expect(results[1].diagnostics[0]).toMatchObject({ code: 'text.mrk-no-subfields', line: 10, tag: '245' });
  });

  it('rejects a block of lines with no field at all', async () => {
    const text = new TextEncoder().encode('LDR    00000nam\n100 14 $aWall, Larry.\n');
    const [only] = await collect(readMrk(inChunks(text, 4), 'bad.txt'));
    expect(only.kind).toBe('rejected');
    expect(codes(only)).toEqual(['text.mrk-line-not-field', 'text.mrk-line-not-field', 'text.no-fields']);
  });

  it('gives the same records from 1-byte chunks', async () => {
    expect(await collect(readMrk(inChunks(fileBytes(path), 1), 'm'))).toEqual(await collect(readMrkFile(path, 'm')));
  });
});
