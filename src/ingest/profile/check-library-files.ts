/**
 * Resolves the files a profile lists: their format (declared or from the extension) and
 * whether they exist. A missing or unrecognised file is an error for that file only.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogueFile, LibraryProfile } from '../../shared/library-profile.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export type CatalogueFormat = NonNullable<CatalogueFile['format']>;

export interface ReadableFile {
  absolutePath: string;
  /** Path relative to the content folder, as shown in diagnostics. */
  file: string;
  format: CatalogueFormat;
  encoding: CatalogueFile['encoding'];
}

export async function checkLibraryFiles(profile: LibraryProfile, libraryDir: string, relativeDir: string) {
  const readable: ReadableFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const profileFile = join(relativeDir, 'library.yml');
  for (const entry of profile.files) {
    const absolutePath = join(libraryDir, entry.path);
    const found = await stat(absolutePath).catch(() => undefined);
    const format = entry.format ?? formatFromFileName(entry.path);
    const where = { libraryCode: profile.code, file: profileFile, params: { path: entry.path } };
    if (!found?.isFile()) diagnostics.push({ code: 'profile.file-missing', severity: 'error', ...where });
    else if (!format) diagnostics.push({ code: 'profile.unknown-format', severity: 'error', ...where });
    else readable.push({ absolutePath, file: join(relativeDir, entry.path), format, encoding: entry.encoding });
  }
  return { readable, diagnostics };
}

const formatsByExtension: Record<string, CatalogueFormat> = {
  mrc: 'iso2709', marc: 'iso2709', iso: 'iso2709', iso2709: 'iso2709', dat: 'iso2709', usmarc: 'iso2709',
  xml: 'marcxml', marcxml: 'marcxml',
  json: 'marc-json', jsonl: 'marc-json',
  mrk: 'mrk', txt: 'mrk',
  csv: 'csv',
  xlsx: 'xlsx',
};

/** The format of a file from its name: "dump.mrc.gz" → iso2709; undefined when unknown. */
export function formatFromFileName(path: string): CatalogueFormat | undefined {
  const parts = path.toLowerCase().replace(/\.gz$/, '').split('.');
  return parts.length > 1 ? formatsByExtension[parts[parts.length - 1]] : undefined;
}

