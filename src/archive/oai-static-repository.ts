/**
 * OAI-PMH Static Repositories (OAI "Specification for an OAI Static Repository and an OAI
 * Static Repository Gateway", 2004): one XML file with Identify, ListMetadataFormats and
 * one ListRecords per metadata format (oai_dc and marc21), which a Static Repository
 * Gateway serves to harvesters as an ordinary OAI-PMH repository.
 *
 * The guidelines aim static repositories at collections of 1 to 5,000 records, so the
 * union is cut into parts of at most 5,000 records in id order: oai/static-repository-<n>.xml,
 * each its own repository, listed in oai/static-repositories.txt for the gateway operator.
 * Static repositories carry no sets, no resumption tokens and no deleted records.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeXml, marcXmlRecord } from '../ingest/emit/marcxml-writer.ts';
import type { MarcRecord } from '../ingest/marc/marc-record.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { oaiDcNamespace, oaiDcSchema, oaiDcXml } from './oai-dc.ts';
import { absoluteUrl } from './site-url.ts';

export const maxRecordsPerStaticRepository = 5_000;
const srNamespace = 'http://www.openarchives.org/OAI/2.0/static-repository';
const oaiNamespace = 'http://www.openarchives.org/OAI/2.0/';
const marcNamespace = 'http://www.loc.gov/MARC21/slim';
const marcSchema = 'http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd';

export interface StaticRepositoryContext {
  /** Absolute URL of the site root, ending in "/". */
  siteUrl: string;
  /** YYYY-MM-DD: the datestamp of every record, and the earliest datestamp. */
  datestamp: string;
  /** Contacts for Identify's adminEmail (at least one is required there). */
  adminEmails: string[];
  /** The union record as MARC, or undefined when it has none. */
  unionMarc: (record: UnionRecord) => MarcRecord | undefined;
}

/** oai:<host>:<id>, the oai-identifier scheme with the site's host as repository id. */
export function oaiIdentifier(siteUrl: string, id: string): string {
  return `oai:${new URL(siteUrl).hostname}:${id}`;
}

export async function writeOaiStaticRepositories(outDir: string, records: UnionRecord[], context: StaticRepositoryContext, maxRecords = maxRecordsPerStaticRepository): Promise<string[]> {
  const dir = join(outDir, 'oai');
  await mkdir(dir, { recursive: true });
  const parts = chunk(records, maxRecords);
  const paths: string[] = [];
  for (const [index, part] of parts.entries()) {
    const path = `oai/static-repository-${index + 1}.xml`;
    const name = parts.length > 1 ? `Fihris union catalogue, part ${index + 1} of ${parts.length}` : 'Fihris union catalogue';
    await writeFile(join(outDir, path), staticRepositoryXml(part, { ...context, repositoryUrl: absoluteUrl(context.siteUrl, path), name }));
    paths.push(path);
  }
  await writeFile(join(dir, 'static-repositories.txt'), paths.map((p) => `${absoluteUrl(context.siteUrl, p)}\n`).join(''));
  return [...paths, 'oai/static-repositories.txt'];
}

interface RepositoryPart extends StaticRepositoryContext {
  /** Where this file is published. Until a gateway is chosen it is also the baseURL. */
  repositoryUrl: string;
  name: string;
}

export function staticRepositoryXml(records: UnionRecord[], part: RepositoryPart): string {
  const header = (record: UnionRecord) => [
    '    <oai:header>',
    `      <oai:identifier>${escapeXml(oaiIdentifier(part.siteUrl, record.id))}</oai:identifier>`,
    `      <oai:datestamp>${part.datestamp}</oai:datestamp>`,
    '    </oai:header>',
  ].join('\n');
  const listRecords = (prefix: string, metadata: (record: UnionRecord) => string | undefined) => {
    const items = records.flatMap((record) => {
      const xml = metadata(record);
      return xml === undefined ? [] : [`  <oai:record>\n${header(record)}\n    <oai:metadata>\n${indent(xml, 6)}\n    </oai:metadata>\n  </oai:record>\n`];
    });
    return `<ListRecords metadataPrefix="${prefix}">\n${items.join('')}</ListRecords>\n`;
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<Repository xmlns="${srNamespace}" xmlns:oai="${oaiNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${srNamespace} http://www.openarchives.org/OAI/2.0/static-repository.xsd">\n`,
    identify(part),
    listMetadataFormats(),
    listRecords('oai_dc', (record) => oaiDcXml(record, absoluteUrl(part.siteUrl, record.url))),
    listRecords('marc21', (record) => {
      const marc = part.unionMarc(record);
      return marc && marcXmlRecord(marc).trimEnd().replace('<marc:record>', `<marc:record xmlns:marc="${marcNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${marcNamespace} ${marcSchema}">`);
    }),
    '</Repository>\n',
  ].join('');
}

function identify(part: RepositoryPart): string {
  return [
    '<Identify>',
    `  <oai:repositoryName>${escapeXml(part.name)}</oai:repositoryName>`,
    `  <oai:baseURL>${escapeXml(part.repositoryUrl)}</oai:baseURL>`,
    '  <oai:protocolVersion>2.0</oai:protocolVersion>',
    ...part.adminEmails.map((email) => `  <oai:adminEmail>${escapeXml(email)}</oai:adminEmail>`),
    `  <oai:earliestDatestamp>${part.datestamp}</oai:earliestDatestamp>`,
    '  <oai:deletedRecord>no</oai:deletedRecord>',
    '  <oai:granularity>YYYY-MM-DD</oai:granularity>',
    '</Identify>\n',
  ].join('\n');
}

function listMetadataFormats(): string {
  const format = (prefix: string, schema: string, namespace: string) =>
    `  <oai:metadataFormat>\n    <oai:metadataPrefix>${prefix}</oai:metadataPrefix>\n    <oai:schema>${schema}</oai:schema>\n    <oai:metadataNamespace>${namespace}</oai:metadataNamespace>\n  </oai:metadataFormat>\n`;
  return `<ListMetadataFormats>\n${format('oai_dc', oaiDcSchema, oaiDcNamespace)}${format('marc21', marcSchema, marcNamespace)}</ListMetadataFormats>\n`;
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.split('\n').map((line) => pad + line).join('\n');
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
