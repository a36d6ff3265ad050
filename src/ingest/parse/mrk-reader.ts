/**
 * MRK reader (MarcEdit / MARCBreaker text): "=LDR  …", "=001  …", "=245  10$aTitle$bsub",
 * records separated by blank lines. A backslash is a blank in the leader, control fields
 * and indicators, and a literal backslash in subfield data (LC's brkrtest: "\pub\marc").
 */
import type { ReadResult } from '../marc/read-result.ts';
import { decodeMnemonics } from './mrk-mnemonics.ts';
import { decodeUtf8, fileChunks, splitLines, type TextLine } from './text-chunks.ts';
import { TextRecordBuilder } from './text-record-builder.ts';

const fieldLine = /^=(\S{3}) {1,2}(.*)$/s;

export async function* readMrk(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<ReadResult> {
  let recordNumber = 0;
  let lines: TextLine[] = [];
  const finish = (): ReadResult => {
    recordNumber++;
    const result = parseMrkRecord(lines, file, recordNumber);
    lines = [];
    return result;
  };
  for await (const line of splitLines(chunks)) {
    if (line.line === 1) line.bytes = withoutBom(line.bytes);
    if (isBlank(line.bytes)) {
      if (lines.length > 0) yield finish();
      continue;
    }
    if (lines.length > 0 && startsWithLeader(line.bytes)) yield finish();
    lines.push(line);
  }
  if (lines.length > 0) yield finish();
}

export function readMrkFile(path: string, file = path): AsyncGenerator<ReadResult> {
  return readMrk(fileChunks(path), file);
}

function parseMrkRecord(lines: TextLine[], file: string, recordNumber: number): ReadResult {
  const source = { file, recordNumber, byteOffset: lines[0].byteOffset };
  const builder = new TextRecordBuilder(source, lines[0].line);
  for (const { bytes, line } of lines) {
    const { text, valid } = decodeUtf8(bytes);
    if (!valid) builder.report('text.invalid-utf8', {}, { line });
    const match = fieldLine.exec(text);
    if (!match) {
      builder.report('text.mrk-line-not-field', { text: text.slice(0, 80) }, { line });
      continue;
    }
    addField(builder, match[1], match[2], line);
  }
  return builder.finish(joinLines(lines));
}

function addField(builder: TextRecordBuilder, tag: string, data: string, line: number): void {
  const decode = (text: string): string =>
    decodeMnemonics(text, (mnemonic) => builder.report('text.mrk-unknown-mnemonic', { mnemonic }, { line, tag }));
  if (tag === 'LDR') {
    builder.setLeader(decode(blanks(data)), line);
  } else if (/^00\d$/.test(tag)) {
    builder.addControlField(tag, decode(blanks(data)), line);
  } else if (data[2] !== '$') {
    builder.report('text.mrk-no-subfields', { text: data.slice(0, 80) }, { line, tag });
  } else {
    const subfields = data.slice(3).split('$').map((part) => ({
      code: part.length > 0 ? String.fromCodePoint(part.codePointAt(0)!) : undefined,
      value: decode(part.slice(part.length > 0 ? String.fromCodePoint(part.codePointAt(0)!).length : 0)),
    }));
    builder.addDataField(tag, blanks(data[0]), blanks(data[1]), subfields, line);
  }
}

/** MARCBreaker writes a blank as "\" where blanks matter (leader, control fields, indicators). */
function blanks(text: string): string {
  return text.replaceAll('\\', ' ');
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0x20 || byte === 0x09);
}

function startsWithLeader(bytes: Uint8Array): boolean {
  return bytes[0] === 0x3d && bytes[1] === 0x4c && bytes[2] === 0x44 && bytes[3] === 0x52; // "=LDR"
}

function withoutBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** The record's own bytes, lines joined with LF, for the rejection report. */
function joinLines(lines: TextLine[]): Uint8Array {
  const total = lines.reduce((sum, { bytes }) => sum + bytes.length + 1, 0);
  const raw = new Uint8Array(total);
  let at = 0;
  for (const { bytes } of lines) {
    raw.set(bytes, at);
    raw[at + bytes.length] = 0x0a;
    at += bytes.length + 1;
  }
  return raw;
}
