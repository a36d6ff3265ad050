/**
 * What each of a record page's downloads holds, made in the downloads' worker
 * (record-files-worker.ts): r/<id>.xml (MARCXML) and r/<id>.mrk (MarcEdit text) hold the union
 * record first, then every member's record as its library catalogued it, in the order of
 * `members`; r/<id>.ris and r/<id>.bib are its citations.
 */
import { unionMarcRecord } from '../archive/union-marc.ts';
import type { MarcRecord } from '../ingest/marc/marc-record.ts';
import { marcXmlCollectionEnd, marcXmlCollectionStart, marcXmlRecord } from '../ingest/emit/marcxml-writer.ts';
import { mrkRecord } from '../ingest/emit/mrk-writer.ts';
import { sourceRecordKey } from '../ingest/pipeline.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { bibtex, ris } from '../site/citation.ts';

export const downloadExtensions = ['xml', 'mrk', 'ris', 'bib'] as const;
export type DownloadExtension = (typeof downloadExtensions)[number];

/**
 * The union record (when its display member's record is there), then each member's own record,
 * skipping any not kept by the pipeline. `memberRecords`: the members' source records, decoded
 * once, by sourceRecordKey; `holdingsTagOf`: each library's holdings tag (union-marc.ts).
 */
export function recordMarc(record: UnionRecord, memberRecords: ReadonlyMap<string, MarcRecord>, holdingsTagOf: Map<string, string>): MarcRecord[] {
  const union = unionMarcRecord(record, memberRecords, holdingsTagOf)?.record;
  const members = record.members.map((member) => memberRecords.get(sourceRecordKey(member)));
  return [union, ...members].filter((marc): marc is MarcRecord => marc !== undefined);
}

/** The text of one download; `pageUrl`, the record page's absolute URL when the site URL is known, goes into the citations. */
export function downloadText(extension: DownloadExtension, record: UnionRecord, marc: MarcRecord[], pageUrl: string | undefined): string {
  switch (extension) {
    case 'xml': return marcXmlCollectionStart() + marc.map(marcXmlRecord).join('') + marcXmlCollectionEnd();
    case 'mrk': return marc.map(mrkRecord).join('');
    case 'ris': return ris(record, pageUrl);
    case 'bib': return bibtex(record, pageUrl);
  }
}
