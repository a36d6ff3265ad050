/**
 * Cover images a library provides in its folder as covers/<controlNumber>.jpg|png:
 * made into one small WebP each (sharp), with a content-hashed name so a changed cover
 * never hides behind a cached old one. A cover that cannot be read is skipped: the page
 * simply shows no cover.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { UnionRecord } from '../shared/catalog-schema.ts';

export interface CoverImage {
  /** Site-root relative path, e.g. "covers/3f2a9c1d0b.webp". */
  path: string;
  width: number;
  height: number;
  bytes: Buffer;
}

// Shown at most ~120 CSS px wide; 240 px covers 2x screens and stays a few KB.
const maxWidth = 240;

/** Record id → its cover, from the first member (display member first) whose library has one. */
export async function coverImages(contentDir: string, records: UnionRecord[]): Promise<Map<string, CoverImage>> {
  const covers = new Map<string, CoverImage>();
  const filesOf = coverFileLister(contentDir);
  for (const record of records) {
    const members = [record.members[record.displayMember], ...record.members];
    for (const member of members) {
      if (!member?.controlNumber || !/^[A-Za-z0-9._-]+$/.test(member.controlNumber)) continue;
      const files = await filesOf(member.libraryCode);
      if (files.size === 0) continue;
      const cover = await readCover(join(contentDir, 'libraries', member.libraryCode, 'covers'), member.controlNumber, files);
      if (cover) {
        covers.set(record.id, cover);
        break;
      }
    }
  }
  return covers;
}

/**
 * Each library's covers folder, listed once: asking the disk for three possible files of
 * every member of every record (almost all missing) took a minute at 100k records.
 */
function coverFileLister(contentDir: string): (libraryCode: string) => Promise<Set<string>> {
  const listed = new Map<string, Promise<Set<string>>>();
  return (libraryCode) => {
    let files = listed.get(libraryCode);
    if (!files) {
      files = readdir(join(contentDir, 'libraries', libraryCode, 'covers')).then((names) => new Set(names), () => new Set<string>());
      listed.set(libraryCode, files);
    }
    return files;
  };
}

async function readCover(folder: string, controlNumber: string, files: Set<string>): Promise<CoverImage | undefined> {
  for (const extension of ['jpg', 'jpeg', 'png']) {
    if (!files.has(`${controlNumber}.${extension}`)) continue;
    const source = await readFile(join(folder, `${controlNumber}.${extension}`)).catch(() => undefined);
    if (!source) continue;
    try {
      const { data, info } = await sharp(source).resize({ width: maxWidth, withoutEnlargement: true })
        .webp({ quality: 70 }).toBuffer({ resolveWithObject: true });
      const hash = createHash('sha256').update(data).digest('hex').slice(0, 12);
      return { path: `covers/${hash}.webp`, width: info.width, height: info.height, bytes: data };
    } catch {
      return undefined;
    }
  }
  return undefined;
}
