/**
 * The first two stages of the pipeline, parse then decode, for one file: every record in
 * Unicode, or rejected with its reasons. `fihris convert` needs no more than this, so it
 * lives apart from pipeline.ts, which loads every later stage as well.
 */
import { decodeIsoRecord } from './decode/decode-iso-record.ts';
import type { ReadResult } from './marc/read-result.ts';
import { readCatalogueFile } from './parse/read-catalogue-file.ts';
import type { ReadableFile } from './profile/check-library-files.ts';

export async function* readDecodedRecords(catalogueFile: ReadableFile, libraryCode?: string): AsyncGenerator<ReadResult> {
  for await (const item of readCatalogueFile(catalogueFile.absolutePath, catalogueFile.file, catalogueFile.format)) {
    yield item.kind === 'raw-iso2709' ? decodeIsoRecord(item, catalogueFile.encoding, libraryCode) : item;
  }
}
