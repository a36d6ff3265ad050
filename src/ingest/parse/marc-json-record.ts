/**
 * One MARC-in-JSON object (code4lib: {leader, fields: [{"001": "…"}, {"245": {ind1, ind2,
 * subfields: [{"a": "…"}]}}]}) → MarcRecord. A field of another shape is left out with a
 * warning; text that is not JSON rejects the record, with its bytes.
 */
import type { RecordSource } from '../marc/marc-record.ts';
import type { ReadResult } from '../marc/read-result.ts';
import type { JsonSlice } from './marc-json-splitter.ts';
import { decodeUtf8 } from './text-chunks.ts';
import { TextRecordBuilder } from './text-record-builder.ts';

export function parseMarcJsonRecord(slice: JsonSlice, source: RecordSource): ReadResult {
  const builder = new TextRecordBuilder(source, slice.line);
  const { text, valid } = decodeUtf8(slice.bytes);
  if (!valid) builder.report('text.invalid-utf8');
  if (slice.kind === 'junk') {
    builder.report('text.json-not-marc', { detail: `"${text.slice(0, 60)}" is outside any object` });
    return builder.finish(slice.bytes);
  }
  if (!slice.closed) {
    builder.report('text.json-malformed', { detail: 'the file ends inside this object' });
    return builder.finish(slice.bytes);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    builder.report('text.json-malformed', { detail }, { line: slice.line + linesBefore(text, detail) });
    return builder.finish(slice.bytes);
  }
  addRecord(builder, value);
  return builder.finish(slice.bytes);
}

function addRecord(builder: TextRecordBuilder, value: unknown): void {
  if (!isObject(value) || !Array.isArray(value.fields)) {
    builder.report('text.json-not-marc', { detail: 'no "fields" array' });
    return;
  }
  if (typeof value.leader === 'string') builder.setLeader(value.leader);
  value.fields.forEach((field: unknown, index: number) => {
    const problem = addField(builder, field);
    if (problem) builder.report('text.json-field-malformed', { position: index + 1, detail: problem });
  });
}

/** Adds the field, or says what is wrong with its shape. */
function addField(builder: TextRecordBuilder, field: unknown): string | undefined {
  if (!isObject(field) || Object.keys(field).length !== 1) return 'a field is an object with one key, its tag';
  const [tag, content] = Object.entries(field)[0];
  if (typeof content === 'string') {
    builder.addControlField(tag, content);
    return undefined;
  }
  if (!isObject(content) || !Array.isArray(content.subfields)) return `field ${tag} has no "subfields" array`;
  const subfields: { code: string | undefined; value: string }[] = [];
  for (const subfield of content.subfields as unknown[]) {
    if (!isObject(subfield)) return `field ${tag} has a subfield that is not an object`;
    for (const [code, text] of Object.entries(subfield)) {
      if (typeof text !== 'string') return `subfield ${code} of field ${tag} is not text`;
      subfields.push({ code, value: text });
    }
  }
  builder.addDataField(tag, indicator(content.ind1), indicator(content.ind2), subfields);
  return undefined;
}

function indicator(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lines before the error position that JSON.parse names ("… at position 3711 …"). */
function linesBefore(text: string, message: string): number {
  const position = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
