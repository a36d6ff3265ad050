/**
 * Picks the reader for one catalogue file by its declared format or its extension, and
 * streams it (gunzipping .gz on the way: dumps over GitHub's 100 MB limit are deposited
 * gzipped or split). ISO 2709 records come out undecoded: decoding is the next stage.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { CatalogueFile } from '../../shared/library-profile.ts';
import type { RawIsoRecord, ReadResult } from '../marc/read-result.ts';
import { readIso2709 } from './iso2709-reader.ts';
import { readMarcJson } from './marc-json-reader.ts';
import { readMarcXml } from './marcxml-reader.ts';
import { readMrk } from './mrk-reader.ts';

type CatalogueFormat = NonNullable<CatalogueFile['format']>;

/** Streams the records of one file. `file` is the path shown in diagnostics. */
export function readCatalogueFile(path: string, file: string, format: CatalogueFormat): AsyncIterable<RawIsoRecord | ReadResult> {
  switch (format) {
    case 'iso2709': return readIso2709(fileChunks(path), file);
    case 'marcxml': return readMarcXml(fileChunks(path), file);
    case 'marc-json': return readMarcJson(fileChunks(path), file);
    case 'mrk': return readMrk(fileChunks(path), file);
    case 'csv': case 'xlsx': return readSpreadsheet(path, file, format);
  }
}

/**
 * Loaded on first use: exceljs and csv-parse are two thirds of the modules a conversion
 * would otherwise load, and doubled the start-up time of `fihris convert` on MARC files.
 */
async function* readSpreadsheet(path: string, file: string, format: 'csv' | 'xlsx'): AsyncIterable<ReadResult> {
  const { readSpreadsheetCsv, readSpreadsheetXlsxFile } = await import('./spreadsheet-reader.ts');
  yield* format === 'xlsx' ? readSpreadsheetXlsxFile(path, file) : readSpreadsheetCsv(fileChunks(path), file);
}

function fileChunks(path: string): AsyncIterable<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  return path.toLowerCase().endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
}
