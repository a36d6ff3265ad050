/**
 * Writes the doc cards a result list shows (c/), one file per range of doc ids, and the tag
 * shards (k/) that name them: 3 bytes of content hash per card file. A card file's name changes
 * only when a record in its range changes; the shards are tiny and change with them.
 */
import { cardFileName, cardTag, hexToBytes, toBase64 } from '../shared/search/fihris-index-format.ts';
import type { CollectedRecords } from './collect-records.ts';
import type { DocIds } from './doc-ids.ts';
import type { FileSink } from './file-sink.ts';

export const cardsPerFile = 32;
/** 384-byte shards: ten hits cost at most ten of them, and the root lists 6 bytes per shard. */
export const tagsPerShard = 128;

/** One card as stored: slot in the file, url, title, author, year, facet indexes (libraries first). */
export type StoredCard = [number, string, string, string | null, string | null, number[]];

export function writeCards(collected: CollectedRecords, docIds: DocIds, sink: FileSink): { shards: string; shardBytes: number; maxBytes: number } {
  const fileCount = Math.ceil(docIds.docSpace / cardsPerFile);
  const files: StoredCard[][] = Array.from({ length: fileCount }, () => []);
  for (const record of docIds.recordsInDocOrder) {
    const doc = docIds.byRecord[record];
    const { card, facets } = collected.cards[record];
    files[Math.floor(doc / cardsPerFile)].push([doc % cardsPerFile, card.url, card.title, card.author ?? null, card.year ?? null, facets]);
  }
  const tags = new Uint8Array(fileCount * 3);
  let maxBytes = 0;
  const encoder = new TextEncoder();
  files.forEach((cards, n) => {
    if (cards.length === 0) return;
    const bytes = encoder.encode(JSON.stringify(cards));
    const tag = cardTag(bytes);
    sink.write(cardFileName(n, tag), bytes);
    maxBytes = Math.max(maxBytes, bytes.length);
    for (let i = 0; i < 3; i++) tags[n * 3 + i] = parseInt(tag.slice(i * 2, i * 2 + 2), 16);
  });
  const hashes: number[] = [];
  for (let from = 0; from < fileCount; from += tagsPerShard) {
    const bytes = tags.slice(from * 3, Math.min(fileCount, from + tagsPerShard) * 3);
    hexToBytes(sink.writeHashed('k', 'bin', bytes).slice(2, -4), hashes);
  }
  return { shards: toBase64(Uint8Array.from(hashes)), shardBytes: tagsPerShard * 3, maxBytes };
}
