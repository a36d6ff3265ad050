/**
 * One MARCXML record's bytes → MarcRecord, with fast-xml-parser. Only a whole record is
 * decoded and parsed, so one broken record is rejected and its neighbours are kept.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RecordSource } from '../marc/marc-record.ts';
import type { ReadResult } from '../marc/read-result.ts';
import type { XmlRecordSlice } from './marcxml-splitter.ts';
import { decodeUtf8 } from './text-chunks.ts';
import { TextRecordBuilder } from './text-record-builder.ts';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** XML 1.0 forbids these characters anywhere in a document, even escaped as bytes. */
const forbiddenCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Elements OAI-PMH providers (Koha) put around or inside a MARC record: not data. */
const oaiElements = new Set(['header', 'identifier', 'datestamp', 'setSpec', 'metadata', 'about']);

export function parseMarcXmlRecord(slice: XmlRecordSlice, source: RecordSource, decode = decodeUtf8): ReadResult {
  const builder = new TextRecordBuilder(source, slice.line);
  const { text, valid } = decode(slice.bytes);
  if (!valid) builder.report('text.invalid-utf8');
  if (!slice.closed) {
    builder.report('text.xml-record-unclosed');
    return builder.finish(slice.bytes);
  }
  const problem = wellFormednessProblem(text, slice.line);
  if (problem) {
    builder.report('text.xml-malformed', { detail: problem.detail }, { line: problem.line });
    return builder.finish(slice.bytes);
  }
  const record = findRecordElement(parser.parse(text) as XmlNode[]);
  const lines = fieldLines(text, slice.line);
  (record ?? []).filter(isElement).forEach((node, index) => addField(builder, node, lines[index]));
  return builder.finish(slice.bytes);
}

function wellFormednessProblem(text: string, firstLine: number): { detail: string; line: number } | undefined {
  const forbidden = forbiddenCharacter.exec(text);
  if (forbidden) {
    const code = forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    const line = firstLine + countLines(text.slice(0, forbidden.index));
    return { detail: `character U+${code} is not allowed in XML`, line };
  }
  const result = XMLValidator.validate(text);
  if (result === true) return undefined;
  return { detail: result.err.msg, line: firstLine + result.err.line - 1 };
}

function findRecordElement(nodes: XmlNode[]): XmlNode[] | undefined {
  for (const node of nodes) {
    if (Array.isArray(node.record)) return node.record as XmlNode[];
  }
  return undefined;
}

function addField(builder: TextRecordBuilder, node: XmlNode, line: number | undefined): void {
  const name = elementName(node);
  const attributes = node[':@'] ?? {};
  const children = node[name] as XmlNode[];
  if (name === 'leader') {
    builder.setLeader(textOf(children), line);
  } else if (name === 'controlfield') {
    builder.addControlField(attributes.tag, textOf(children), line);
  } else if (name === 'datafield') {
    const subfields = children.filter(isElement).flatMap((child) => {
      if (elementName(child) === 'subfield') {
        return [{ code: child[':@']?.code, value: textOf(child.subfield as XmlNode[]) }];
      }
      builder.report('text.xml-unknown-element', { element: elementName(child) }, { line, tag: attributes.tag });
      return [];
    });
    builder.addDataField(attributes.tag, attributes.ind1, attributes.ind2, subfields, line);
  } else if (!oaiElements.has(name)) {
    builder.report('text.xml-unknown-element', { element: name }, { line });
  }
}

function elementName(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function isElement(node: XmlNode): boolean {
  const name = elementName(node);
  return name !== '' && name !== '#text';
}

function textOf(children: XmlNode[]): string {
  return children.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('');
}

/**
 * The line of each element directly under the record, in order (fast-xml-parser keeps no
 * positions). Counts element start tags at depth 1 of the record.
 */
function fieldLines(text: string, firstLine: number): number[] {
  const lines: number[] = [];
  const tags = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)[^\s/>!?]+[^>]*?(\/?)>/g;
  let depth = 0;
  let line = firstLine;
  let counted = 0;
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    if (match[1] === undefined) continue;
    if (match[1] === '/') {
      depth--;
      continue;
    }
    if (depth === 1) {
      line += countLines(text.slice(counted, match.index));
      counted = match.index;
      lines.push(line);
    }
    if (match[2] !== '/') depth++;
  }
  return lines;
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
