/**
 * Writes the doc cards a result list shows (c/), one file per range of doc ids, and the tag
 * shards (k/) that name them: 3 bytes of content hash per card file. A card file's name changes
 * only when a record in its range changes; the shards are tiny and change with them. The tags
 * are known before the dictionary is written: entries carry those of the hits they hold.
 */
import { bytesToHex, cardFileName, cardTag, hexToBytes, toBase64 } from '../shared/search/fihris-index-format.ts';
import type { ByteWriter } from './byte-writer.ts';
import type { CollectedRecords } from './collect-records.ts';
import type { DocIds } from './doc-ids.ts';
import type { FileSink } from './file-sink.ts';

export const cardsPerFile = 32;
/** 384-byte shards: ten hits cost at most ten of them, and the root lists 6 bytes per shard. */
export const tagsPerShard = 128;

/** One card as stored: slot in the file, url, title, author, year, facet indexes (libraries first). */
export type StoredCard = [number, string, string, string | null, string | null, number[]];

/** Each card file's bytes (undefined: no doc in its range) and the 3-byte tag of each, file by file. */
export interface CardFiles {
  files: Array<Uint8Array | undefined>;
  tags: Uint8Array;
}

/** The card files' bytes and tags: computed before the dictionary, whose entries carry some tags. */
export function cardFilesOf(collected: CollectedRecords, docIds: DocIds): CardFiles {
  const fileCount = Math.ceil(docIds.docSpace / cardsPerFile);
  const cards: StoredCard[][] = Array.from({ length: fileCount }, () => []);
  for (const record of docIds.recordsInDocOrder) {
    const doc = docIds.byRecord[record];
    const { card, facets } = collected.cards[record];
    cards[Math.floor(doc / cardsPerFile)].push([doc % cardsPerFile, card.url, card.title, card.author ?? null, card.year ?? null, facets]);
  }
  const tags = new Uint8Array(fileCount * 3);
  const encoder = new TextEncoder();
  const files = cards.map((fileCards, n) => {
    if (fileCards.length === 0) return undefined;
    const bytes = encoder.encode(JSON.stringify(fileCards));
    const tag = cardTag(bytes);
    for (let i = 0; i < 3; i++) tags[n * 3 + i] = parseInt(tag.slice(i * 2, i * 2 + 2), 16);
    return bytes;
  });
  return { files, tags };
}

/** The tags of the card files holding `docs` (an entry's taggedDocs), 3 bytes each. */
export function writeCardTags(docs: number[], { tags }: CardFiles, writer: ByteWriter): void {
  for (const doc of docs) {
    const n = Math.floor(doc / cardsPerFile);
    for (let i = 0; i < 3; i++) writer.byte(tags[n * 3 + i]);
  }
}

export function writeCards({ files, tags }: CardFiles, sink: FileSink): { shards: string; shardBytes: number; maxBytes: number } {
  let maxBytes = 0;
  files.forEach((bytes, n) => {
    if (!bytes) return;
    const tag = bytesToHex(tags.subarray(n * 3, n * 3 + 3));
    sink.write(cardFileName(n, tag), bytes);
    maxBytes = Math.max(maxBytes, bytes.length);
  });
  const hashes: number[] = [];
  for (let from = 0; from < files.length; from += tagsPerShard) {
    const bytes = tags.slice(from * 3, Math.min(files.length, from + tagsPerShard) * 3);
    hexToBytes(sink.writeHashed('k', 'bin', bytes).slice(2, -4), hashes);
  }
  return { shards: toBase64(Uint8Array.from(hashes)), shardBytes: tagsPerShard * 3, maxBytes };
}
