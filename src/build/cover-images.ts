/**
 * Cover images a library provides in its folder as covers/<controlNumber>.jpg|png:
 * made into one small WebP each (sharp), with a content-hashed name so a changed cover
 * never hides behind a cached old one. A cover that cannot be read is skipped: the page
 * simply shows no cover.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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
  for (const record of records) {
    const members = [record.members[record.displayMember], ...record.members];
    for (const member of members) {
      if (!member?.controlNumber || !/^[A-Za-z0-9._-]+$/.test(member.controlNumber)) continue;
      const cover = await readCover(join(contentDir, 'libraries', member.libraryCode, 'covers'), member.controlNumber);
      if (cover) {
        covers.set(record.id, cover);
        break;
      }
    }
  }
  return covers;
}

async function readCover(folder: string, controlNumber: string): Promise<CoverImage | undefined> {
  for (const extension of ['jpg', 'jpeg', 'png']) {
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
