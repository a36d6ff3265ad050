/**
 * oai_dc (simple Dublin Core, as OAI-PMH requires every repository to offer) for one
 * union record, from its display description. Identifiers: the record page's absolute
 * URL first, then each valid ISBN as a URN.
 */
import { escapeXml } from '../ingest/emit/marcxml-writer.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';

export const oaiDcNamespace = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
export const oaiDcSchema = 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd';
const dcNamespace = 'http://purl.org/dc/elements/1.1/';

export function oaiDcXml(record: UnionRecord, recordUrl: string): string {
  const d = record.description;
  const elements: Array<[string, string | undefined]> = [
    ['title', [d.title.proper, d.title.remainder].filter(Boolean).join(' : ')],
    ...d.names.filter((n) => n.role === 'author').map((n): [string, string] => ['creator', n.name]),
    ...d.names.filter((n) => n.role !== 'author').map((n): [string, string] => ['contributor', n.name]),
    ...d.subjects.map((s): [string, string] => ['subject', s]),
    ['publisher', d.publication.publisher],
    ['date', d.publication.gregorianYear?.toString() ?? d.publication.dateText],
    ['type', d.format],
    ...d.languages.map((l): [string, string] => ['language', l]),
    ['identifier', recordUrl],
    ...d.identifiers.isbn.map((isbn): [string, string] => ['identifier', `urn:isbn:${isbn}`]),
  ];
  const lines = elements
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([name, value]) => `  <dc:${name}>${escapeXml(value)}</dc:${name}>`);
  return [
    `<oai_dc:dc xmlns:oai_dc="${oaiDcNamespace}" xmlns:dc="${dcNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${oaiDcNamespace} ${oaiDcSchema}">`,
    ...lines,
    '</oai_dc:dc>',
  ].join('\n');
}
