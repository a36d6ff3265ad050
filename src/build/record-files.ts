/**
 * The downloads of each record page, written next to its pages: r/<id>.xml (MARCXML),
 * r/<id>.mrk (MarcEdit text), r/<id>.ris and r/<id>.bib (citations). Each MARC file holds
 * the union record first, then every member's record as its library catalogued it, in the
 * order of `members`: one file per format and record, not per member, to keep the file
 * count of a large catalogue down.
 */
import { writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { MarcRecord } from '../ingest/marc/marc-record.ts';
import { marcXmlCollectionEnd, marcXmlCollectionStart, marcXmlRecord } from '../ingest/emit/marcxml-writer.ts';
import { mrkRecord } from '../ingest/emit/mrk-writer.ts';
import { sourceRecordKey } from '../ingest/pipeline.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { bibtex, ris } from '../site/citation.ts';
import { recordFilePath } from '../site/page-paths.ts';

export interface RecordFileInputs {
  records: UnionRecord[];
  sourceRecords: ReadonlyMap<string, MarcRecord>;
  /** The union record as MARC, when it can be made (see src/archive/union-marc.ts). */
  unionMarc: (record: UnionRecord) => MarcRecord | undefined;
  /** Absolute URL of a record page, when the site URL is known. */
  pageUrl?: (record: UnionRecord) => string;
}

export async function writeRecordFiles(outDir: string, inputs: RecordFileInputs): Promise<number> {
  let written = 0;
  await mkdir(join(outDir, dirname(recordFilePath('x', 'xml'))), { recursive: true });
  for (const record of inputs.records) {
    const marc = recordMarc(record, inputs);
    const files: Array<[string, string]> = [
      ['xml', marcXmlCollectionStart() + marc.map(marcXmlRecord).join('') + marcXmlCollectionEnd()],
      ['mrk', marc.map(mrkRecord).join('')],
      ['ris', ris(record, inputs.pageUrl?.(record))],
      ['bib', bibtex(record, inputs.pageUrl?.(record))],
    ];
    // Synchronous: four small files a record, a few hundred thousand in all, and nothing else
    // to do meanwhile; an await each cost more than the write.
    for (const [extension, text] of files) {
      writeFileSync(join(outDir, recordFilePath(record.id, extension)), text);
      written++;
    }
  }
  return written;
}

/** The union record, then each member's own record, skipping any not kept by the pipeline. */
export function recordMarc(record: UnionRecord, inputs: Pick<RecordFileInputs, 'sourceRecords' | 'unionMarc'>): MarcRecord[] {
  const union = inputs.unionMarc(record);
  const members = record.members.map((member) => inputs.sourceRecords.get(sourceRecordKey(member)));
  return [union, ...members].filter((marc): marc is MarcRecord => marc !== undefined);
}
