/**
 * The two oracles, each run as the Debian package installs it:
 * - yaz-marcdump (yaz): `-i marc -o marcxml -f MARC-8 -t UTF-8`; yaz converts only the records
 *   whose leader/09 is not 'a' and copies the others, so one run serves mixed files.
 * - MARC::Record + MARC::Charset (perl): marc-charset-oracle.pl, one process for all files.
 * A file is "read cleanly" by a tool when the tool says nothing about its structure: yaz `-n`
 * prints nothing; MARC::Record raises no warning other than forcing a bad indicator to blank
 * (which fihris does too). MARC::Charset's complaints about bytes do not count: decoding
 * damaged MARC-8 the same way is exactly what is being compared.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { nfcRecord, type ComparableField, type ComparableRecord } from './comparable-record.ts';
import { marcXmlRecords } from './marcxml-fields.ts';

function runs(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

export const haveYaz = runs('yaz-marcdump', ['-V']);
export const haveMarcCharset = runs('perl', ['-MMARC::Charset', '-MMARC::Record', '-MMARC::File::USMARC', '-MJSON::PP', '-e1']);

export interface OracleReading {
  clean: boolean;
  complaints: string;
  records: ComparableRecord[];
}

export function yazReading(path: string): OracleReading {
  const check = spawnSync('yaz-marcdump', ['-n', path], { encoding: 'latin1' });
  const complaints = `${check.stdout ?? ''}${check.stderr ?? ''}`.trim();
  const converted = spawnSync('yaz-marcdump', ['-i', 'marc', '-o', 'marcxml', '-f', 'MARC-8', '-t', 'UTF-8', path], { maxBuffer: 1 << 28 });
  let records: ComparableRecord[] = [];
  try {
    records = marcXmlRecords(converted.stdout.toString('utf8'));
  } catch (error) {
    return { clean: false, complaints: `${complaints}\nunreadable MARCXML: ${String(error)}`, records };
  }
  return { clean: complaints === '' && check.status === 0 && converted.status === 0, complaints, records };
}

interface PerlField { tag: string; value?: string; ind1?: string; ind2?: string; subfields?: [string, string][] }
interface PerlFile { file: string; warnings: string[]; charsetWarnings: number; indicatorRepairs: number; recordCount: number; records: { leader: string; marc8: number; fields: PerlField[] }[] }

/** Records are given only for a clean file; recordCount always. */
export interface MarcCharsetReading extends OracleReading {
  recordCount: number;
  marc8Records: number;
  /** MARC::Charset's complaints about MARC-8 bytes: they do not make a file unclean. */
  charsetWarnings: number;
  /** Indicators MARC::Record forced to blank, as fihris does. */
  indicatorRepairs: number;
}

const perlScript = join(import.meta.dirname, 'marc-charset-oracle.pl');
const fromHex = (hex: string) => Buffer.from(hex, 'hex').toString('utf8');

/** MARC::Record + MARC::Charset's reading of each file, in one perl run. */
export function marcCharsetReadings(paths: string[]): Map<string, MarcCharsetReading> {
  const result = spawnSync('perl', [perlScript, ...paths], { maxBuffer: 1 << 28 });
  const readings = new Map<string, MarcCharsetReading>();
  for (const line of result.stdout.toString('utf8').split('\n').filter(Boolean)) {
    const file = JSON.parse(line) as PerlFile;
    readings.set(file.file, {
      clean: file.warnings.length === 0,
      complaints: file.warnings.join('\n'),
      recordCount: file.recordCount,
      charsetWarnings: file.charsetWarnings,
      indicatorRepairs: file.indicatorRepairs,
      marc8Records: file.records.filter((record) => record.marc8).length,
      records: file.records.map((record) => nfcRecord({ leader: fromHex(record.leader), fields: record.fields.map(fieldOf) })),
    });
  }
  return readings;
}

function fieldOf(field: PerlField): ComparableField {
  if (field.subfields === undefined) return { tag: field.tag, value: fromHex(field.value ?? '') };
  return { tag: field.tag, ind1: field.ind1 ?? '', ind2: field.ind2 ?? '', subfields: field.subfields.map(([code, hex]) => [code, fromHex(hex)]) };
}
