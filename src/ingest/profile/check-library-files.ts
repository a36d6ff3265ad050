/**
 * Resolves the files a profile lists: their format (declared or from the extension) and
 * whether they exist. A missing or unrecognised file is an error for that file only.
 * Every file must resolve inside the library's own folder: that is what lets a library's
 * pull request change only its own records (CODEOWNERS gives each folder to its library).
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
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
    if (!(await isInsideFolder(entry.path, libraryDir))) diagnostics.push({ code: 'profile.file-outside-folder', severity: 'error', ...where });
    else if (!found?.isFile()) diagnostics.push({ code: 'profile.file-missing', severity: 'error', ...where });
    else if (!format) diagnostics.push({ code: 'profile.unknown-format', severity: 'error', ...where });
    else readable.push({ absolutePath, file: join(relativeDir, entry.path), format, encoding: entry.encoding });
  }
  return { readable, diagnostics };
}

/**
 * True when `path` names a file inside `folder`, after following symlinks: "../x.mrc",
 * "/etc/x.mrc" and a link pointing out of the folder are all outside.
 */
export async function isInsideFolder(path: string, folder: string): Promise<boolean> {
  if (isAbsolute(path)) return false;
  if (!isWithin(resolve(folder, path), resolve(folder))) return false;
  const real = await realpath(join(folder, path)).catch(() => undefined);
  // A file that does not exist is reported as missing, not as outside.
  if (real === undefined) return true;
  return isWithin(real, await realpath(folder));
}

function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
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

