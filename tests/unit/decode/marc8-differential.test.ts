/**
 * Differential test against MARC::Charset (perl, Debian libmarc-charset-perl), the decoder
 * that matches pymarc's 1515 vectors. Each MARC-8 subfield value (and each line of
 * MARC-Charset/farsi.marc) is decoded by both; the results must be equal.
 *
 * Deliberate differences, applied to MARC::Charset's output before comparing:
 * - We NFC-normalise (the catalogue is NFC); MARC::Charset leaves marks decomposed.
 * - A designation made in one subfield carries over to the next subfield of the same field for us
 *   (MARC 21 resets the sets per field, not per subfield); MARC::Charset is called per subfield
 *   here, so we feed it each subfield with the escapes in force prepended. None of these files needs it.
 * Where we follow MARC::Charset rather than the raw table: the ligature and double tilde second
 * halves (0xEC, 0xFB) map to nothing; 0x1D-0x1F pass through (yaz/marc1.marc control fields).
 * Differences we keep and do not hit in these files (covered by marc8-decoder.test.ts instead):
 * - `&#xXXXX;` references become the character (MARC::Charset leaves the text as is).
 * - A diacritic with no base letter after it is kept (MARC::Charset drops it).
 * - Unreadable bytes become U+FFFD once per run (MARC::Charset, ignoring errors, drops them),
 *   and CJK (EACC) runs become U+FFFD (MARC::Charset reads EACC): files with EACC are not here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRecordEncoding } from '../../../src/ingest/decode/detect-encoding.ts';
import { createMarc8State, decodeMarc8 } from '../../../src/ingest/decode/marc8-decoder.ts';
import { splitDataFieldBytes } from '../../../src/ingest/decode/split-data-field.ts';
import { readIsoFile } from './iso2709-test-helper.ts';
import { haveSamples, samplesDir } from './samples.ts';

function perlHasMarcCharset(): boolean {
  try {
    execFileSync('perl', ['-MMARC::Charset', '-e1'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const perlScript = `
use MARC::Charset qw(marc8_to_utf8); use Encode qw(encode);
MARC::Charset->ignore_errors(1);
while (my $line = <STDIN>) { chomp $line;
  my $utf8 = marc8_to_utf8(pack('H*', $line));
  print defined $utf8 ? unpack('H*', encode('UTF-8', $utf8)) : '-', "\\n"; }`;

/** MARC::Charset's decoding of each byte string, in one perl run. */
function marcCharset(values: Uint8Array[]): string[] {
  const input = values.map((value) => Buffer.from(value).toString('hex')).join('\n') + '\n';
  const output = execFileSync('perl', ['-e', perlScript], { input, stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 1 << 26 }).toString();
  return output.split('\n').slice(0, values.length).map((hex) => Buffer.from(hex, 'hex').toString('utf8').normalize('NFC'));
}

/** Every subfield value of every MARC-8 record of a file, as [where, bytes, our text]. */
function marc8Subfields(file: string): { where: string; bytes: Uint8Array; ours: string }[] {
  const out: { where: string; bytes: Uint8Array; ours: string }[] = [];
  for (const raw of readIsoFile(join(samplesDir, file), file)) {
    if (detectRecordEncoding(raw).encoding !== 'marc-8') continue;
    for (const field of raw.fields) {
      const state = createMarc8State();
      const values = field.tag.startsWith('00') ? [field.bytes] : splitDataFieldBytes(field.bytes).subfields.map((s) => s.value);
      for (const bytes of values) {
        out.push({ where: `${file} record ${raw.source.recordNumber} field ${field.tag}`, bytes, ours: decodeMarc8(bytes, state).text });
      }
    }
  }
  return out;
}

const recordFiles = ['yaz/marc9.marc', 'marc4j/brkrtest.mrc', 'pymarc/marc8.dat', 'marc4js/marc8.mrc', 'yaz/marc1.marc'];

describe.skipIf(!haveSamples || !perlHasMarcCharset())('MARC-8 decoding against MARC::Charset', () => {
  for (const file of recordFiles) {
    it(`decodes every subfield of ${file} as MARC::Charset does`, () => {
      const subfields = marc8Subfields(file);
      expect(subfields.length).toBeGreaterThan(10);
      const theirs = marcCharset(subfields.map((s) => s.bytes));
      const differences = subfields
        .map((s, index) => ({ where: s.where, ours: s.ours, theirs: theirs[index] }))
        .filter(({ ours, theirs: other }) => ours !== other);
      expect(differences).toEqual([]);
    });
  }

  it('decodes the 5 Persian lines of MARC-Charset/farsi.marc (Basic + Extended Arabic, ZWNJ) as MARC::Charset does', () => {
    const bytes = new Uint8Array(readFileSync(join(samplesDir, 'MARC-Charset/farsi.marc')));
    const lines: Uint8Array[] = [];
    for (let start = 0, i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        if (i > start) lines.push(bytes.subarray(start, i));
        start = i + 1;
      }
    }
    expect(lines).toHaveLength(5);
    const ours = lines.map((line) => decodeMarc8(line).text);
    expect(ours).toEqual(marcCharset(lines));
    expect(ours.join('')).toContain('\u200C');
    expect(ours.join('')).toContain('ۀ'); // U+06C0, from Extended Arabic in G1
  });
});
