/**
 * Finds MARCXML records in a byte stream without parsing the whole document: scans for
 * start and end tags whose local name is `record` (any namespace prefix), skipping
 * comments, CDATA and processing instructions. OAI-PMH also has a `record` element that
 * wraps the MARC one: a `record` that contains another `record` is a wrapper, not MARC.
 */
import { ByteWindow, countNewlines } from './text-chunks.ts';

/** The bytes of one MARCXML record, as found in the file. */
export interface XmlRecordSlice {
  bytes: Uint8Array;
  byteOffset: number;
  /** 1-based line of the record's start tag. */
  line: number;
  /** False when the file (or the next record) began before this record's end tag. */
  closed: boolean;
}

interface OpenRecord {
  start: number;
  line: number;
  sawMarcChild: boolean;
  sawOaiHeader: boolean;
  hasInnerRecord: boolean;
}

type Token =
  | { kind: 'wait' }
  | { kind: 'skip'; end: number }
  | { kind: 'start' | 'end' | 'empty'; name: string; end: number };

const marcChildren = new Set(['leader', 'controlfield', 'datafield']);

export async function* splitMarcXmlRecords(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<XmlRecordSlice> {
  const window = new ByteWindow();
  const open: OpenRecord[] = [];
  let pos = 0;
  let linesBefore = 1;
  let linesCountedTo = 0;
  const lineAt = (offset: number): number => {
    if (offset <= linesCountedTo) return linesBefore;
    linesBefore += countNewlines(window.view(), linesCountedTo - window.start, offset - window.start);
    linesCountedTo = offset;
    return linesBefore;
  };
  const slice = (record: OpenRecord, end: number, closed: boolean): XmlRecordSlice =>
    ({ bytes: window.copy(record.start, end), byteOffset: record.start, line: record.line, closed });

  const scan = function* (final: boolean): Generator<XmlRecordSlice> {
    for (;;) {
      const view = window.view();
      const found = view.indexOf(0x3c, pos - window.start);
      if (found < 0) {
        pos = window.end;
        return;
      }
      const at = window.start + found;
      const token = readToken(view, found, final);
      if (token.kind === 'wait') {
        pos = at;
        return;
      }
      pos = window.start + token.end;
      if (token.kind === 'skip') continue;
      const top = open[open.length - 1];
      if (token.name === 'record' && token.kind === 'start') {
        if (top && top.sawMarcChild && !top.hasInnerRecord) {
          // A new record inside a MARC record: the previous one lost its end tag.
          open.pop();
          yield slice(top, at, false);
        } else if (top) {
          top.hasInnerRecord = true;
        }
        open.push({ start: at, line: lineAt(at), sawMarcChild: false, sawOaiHeader: false, hasInnerRecord: false });
      } else if (token.name === 'record' && token.kind === 'end') {
        const record = open.pop();
        if (record && isMarcRecord(record)) yield slice(record, pos, true);
      } else if (token.name === 'record' && token.kind === 'empty') {
        if (top) top.hasInnerRecord = true;
        const record = { start: at, line: lineAt(at), sawMarcChild: false, sawOaiHeader: false, hasInnerRecord: false };
        yield slice(record, pos, true);
      } else if (top && token.kind !== 'end') {
        if (marcChildren.has(token.name)) top.sawMarcChild = true;
        if (token.name === 'header') top.sawOaiHeader = true;
      }
    }
  };

  for await (const chunk of chunks) {
    window.append(chunk);
    yield* scan(false);
    const keepFrom = Math.min(pos, ...open.filter((r) => !r.hasInnerRecord).map((r) => r.start));
    lineAt(keepFrom);
    window.discardBefore(keepFrom);
  }
  yield* scan(true);
  for (const record of open) {
    if (isMarcRecord(record)) yield slice(record, window.end, false);
  }
}

/** A wrapper (OAI record, or OAI header-only record for a deletion) is not a MARC record. */
function isMarcRecord(record: OpenRecord): boolean {
  return !record.hasInnerRecord && (record.sawMarcChild || !record.sawOaiHeader);
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const commentOpen = ascii('<!--');
const cdataOpen = ascii('<![CDATA[');

/** The markup construct starting at view[at] (a "<"), or "wait" when it is not all here yet. */
function readToken(view: Uint8Array, at: number, final: boolean): Token {
  const need = (closer: string, from: number): Token => {
    const end = indexOfSequence(view, ascii(closer), from);
    if (end >= 0) return { kind: 'skip', end: end + closer.length };
    return final ? { kind: 'skip', end: view.length } : { kind: 'wait' };
  };
  if (!final && view.length - at < cdataOpen.length) return { kind: 'wait' };
  if (startsWith(view, at, cdataOpen)) return need(']]>', at + cdataOpen.length);
  if (startsWith(view, at, commentOpen)) return need('-->', at + commentOpen.length);
  const next = view[at + 1];
  if (next === 0x3f /* ? */) return need('?>', at + 2);
  if (next === 0x21 /* ! */) return need('>', at + 2);
  const close = tagEnd(view, at + 1);
  if (close < 0) return final ? { kind: 'skip', end: view.length } : { kind: 'wait' };
  // A "<" inside a tag: not markup; move on so the next tag is still seen.
  if (view[close] === 0x3c) return { kind: 'skip', end: close };
  const isEnd = next === 0x2f; /* / */
  const name = localName(view, isEnd ? at + 2 : at + 1, close);
  const kind = isEnd ? 'end' : view[close - 1] === 0x2f ? 'empty' : 'start';
  return { kind, name, end: close + 1 };
}

/**
 * Index of the ">" ending a tag, skipping quoted attribute values, or of a stray "<" that
 * shows the tag is broken; -1 if not yet received.
 */
function tagEnd(view: Uint8Array, from: number): number {
  let quote = 0;
  for (let i = from; i < view.length; i++) {
    const byte = view[i];
    if (quote) {
      if (byte === quote) quote = 0;
    } else if (byte === 0x22 || byte === 0x27) {
      quote = byte;
    } else if (byte === 0x3e || byte === 0x3c) {
      return i;
    }
  }
  return -1;
}

/** Element name without its namespace prefix ("marc:record" → "record"). */
function localName(view: Uint8Array, from: number, to: number): string {
  let end = from;
  while (end < to && !isNameEnd(view[end])) end++;
  const name = String.fromCharCode(...view.subarray(from, Math.min(end, from + 64)));
  return name.slice(name.lastIndexOf(':') + 1);
}

function isNameEnd(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x2f || byte === 0x3e;
}

function startsWith(view: Uint8Array, at: number, prefix: number[]): boolean {
  for (let i = 0; i < prefix.length; i++) if (view[at + i] !== prefix[i]) return false;
  return true;
}

function indexOfSequence(view: Uint8Array, sequence: number[], from: number): number {
  for (let i = view.indexOf(sequence[0], from); i >= 0; i = view.indexOf(sequence[0], i + 1)) {
    if (startsWith(view, i, sequence)) return i;
  }
  return -1;
}
