/**
 * RawIsoRecord (fields still bytes) -> MarcRecord in NFC Unicode, or a RejectedRecord.
 * Fields are cut into indicators and subfields on bytes first, then each value is decoded
 * in the record's encoding (the library's setting, or detected per record from the bytes).
 */
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticCatalogue } from '../diagnostics/diagnostic-catalogue.ts';
import type { DataField, MarcField, Subfield } from '../marc/marc-record.ts';
import type { RawIsoField, RawIsoRecord, ReadResult } from '../marc/read-result.ts';
import { detectRecordEncoding, type EncodingSetting, type RecordEncoding } from './detect-encoding.ts';
import { createFieldTextDecoder, type TextProblem } from './field-text-decoder.ts';
import { splitDataFieldBytes } from './split-data-field.ts';
import { decodeWellFormedUtf8DataField } from './well-formed-utf8-field.ts';

type DiagnosticInput = Pick<Diagnostic, 'code'> & Partial<Omit<Diagnostic, 'code' | 'severity'>>;
type Report = (tag: string, byteOffset: number, input: DiagnosticInput) => void;

const validIndicator = /^[0-9a-z ]$/;
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const printableCode = /^[\x21-\x7e]$/;

export function decodeIsoRecord(raw: RawIsoRecord, override: EncodingSetting, libraryCode?: string): ReadResult {
  const diagnostics: Diagnostic[] = [...raw.diagnostics];
  const base = { file: raw.source.file, recordNumber: raw.source.recordNumber, ...(libraryCode ? { libraryCode } : {}) };
  const report: Report = (tag, byteOffset, input) => diagnostics.push({
    ...base, tag, byteOffset, severity: diagnosticCatalogue[input.code].severity, ...input,
    // The catalogue's messages name the field: {tag}.
    params: { tag, ...input.params },
  });

  const encoding = chooseEncoding(raw, override, report);
  // Most records are well-formed UTF-8: their fields skip the byte-level path.
  const wellFormedUtf8 = encoding === 'utf-8' && raw.fields.every((field) => isUtf8(field.bytes));
  const fields = raw.fields.map((field) => (wellFormedUtf8 && decodeWellFormedUtf8Field(field)) || decodeField(field, encoding, report));
  const dataFields = fields.filter((field): field is DataField => 'subfields' in field);
  if (!dataFields.some(isUsable)) {
    report('LDR', raw.source.byteOffset, { code: 'decode.no-usable-field', params: { encoding } });
    return { kind: 'rejected', source: raw.source, raw: raw.raw, diagnostics };
  }
  // Whatever the bytes were, the record is Unicode now.
  const leader = raw.leader.length >= 10 ? `${raw.leader.slice(0, 9)}a${raw.leader.slice(10)}` : raw.leader;
  return { kind: 'record', record: { leader, fields }, source: raw.source, raw: raw.raw, diagnostics };
}

/** Leader/09: "a" is UCS/Unicode, blank is MARC-8; anything else says nothing. */
const leaderEncodings: Record<string, RecordEncoding> = { a: 'utf-8', ' ': 'marc-8' };

function chooseEncoding(raw: RawIsoRecord, override: EncodingSetting, report: Report): RecordEncoding {
  if (override !== 'auto') return override;
  const { encoding, reason } = detectRecordEncoding(raw);
  const leaderByte = raw.leader.charAt(9);
  const leaderEncoding = leaderEncodings[leaderByte];
  // Plain ASCII reads the same either way: no need to tell anyone.
  const plainAscii = reason.startsWith('plain ASCII');
  if (leaderEncoding !== undefined && leaderEncoding !== encoding && !plainAscii) {
    report('LDR', raw.source.byteOffset, {
      code: 'decode.encoding-differs-from-leader',
      params: { leader: leaderByte, leaderEncoding, encoding, reason },
    });
  }
  return encoding;
}

function decodeWellFormedUtf8Field(field: RawIsoField): MarcField | undefined {
  if (field.tag.startsWith('00')) return { tag: field.tag, value: utf8.decode(field.bytes).normalize('NFC') };
  return decodeWellFormedUtf8DataField(field.tag, field.bytes);
}

function decodeField(field: RawIsoField, encoding: RecordEncoding, report: Report): MarcField {
  const decodeText = createFieldTextDecoder(encoding);
  const reportProblems = (problems: TextProblem[], offset: number): void => {
    for (const problem of problems) reportTextProblem(problem, field, offset, report);
  };
  if (field.tag.startsWith('00')) {
    const { text, problems } = decodeText(field.bytes);
    reportProblems(problems, 0);
    return { tag: field.tag, value: text };
  }
  const split = splitDataFieldBytes(field.bytes);
  const [ind1, ind2] = split.indicators.map((byte, index) => checkIndicator(byte, index + 1, field, report));
  const subfields: Subfield[] = split.subfields.map(({ code, value, offset }) => {
    const { text, problems } = decodeText(value);
    reportProblems(problems, offset);
    return { code: checkSubfieldCode(code, field, offset, report), value: text };
  });
  return { tag: field.tag, ind1, ind2, subfields };
}

function checkIndicator(byte: number | undefined, position: number, field: RawIsoField, report: Report): string {
  const value = byte === undefined ? '' : String.fromCharCode(byte);
  if (validIndicator.test(value)) return value;
  report(field.tag, field.byteOffset + position - 1, { code: 'decode.bad-indicator', params: { position, value } });
  return ' ';
}

function checkSubfieldCode(code: number | undefined, field: RawIsoField, valueOffset: number, report: Report): string {
  if (code === undefined) {
    report(field.tag, field.byteOffset + valueOffset, { code: 'decode.missing-subfield-delimiter' });
    return 'a';
  }
  const text = String.fromCharCode(code);
  if (printableCode.test(text)) return text;
  report(field.tag, field.byteOffset + valueOffset - 1, { code: 'decode.bad-subfield-code', params: { byte: hexByte(code) } });
  return '?';
}

function reportTextProblem(problem: TextProblem, field: RawIsoField, valueOffset: number, report: Report): void {
  const code = problem.kind === 'invalid-utf8' ? 'decode.invalid-utf8' : (`marc8.${problem.kind}` as const);
  const params: Record<string, string> = {};
  if (problem.charset !== undefined) params.charset = problem.charset;
  if (problem.byte !== undefined) params.byte = hexByte(problem.byte);
  report(field.tag, field.byteOffset + valueOffset + problem.offset, { code, params });
}

/** A field is usable when some subfield has text that is more than blanks and U+FFFD. */
function isUsable(field: DataField): boolean {
  return field.subfields.some((subfield) => subfield.value.replace(/[\s\uFFFD]/gu, '') !== '');
}

function hexByte(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
