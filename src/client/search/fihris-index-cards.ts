/**
 * The cards of the hits: one tag shard round (which names the card files), one card round.
 */
import { decodeOrFail, type IndexFiles, type QueryCost } from './fihris-index-files.ts';
import { FihrisIndexError } from './fihris-index-error.ts';
import { cardFileName, fromBase64, hashBytes, type IndexRoot } from '../../shared/search/fihris-index-format.ts';

export interface Card {
  url: string;
  title: string;
  author?: string;
  year?: string;
  /** Facet indexes into root.facets (holding libraries first). */
  facets: number[];
}

type StoredCard = [number, string, string, string | null, string | null, number[]];

export async function loadCards(docs: number[], root: IndexRoot, files: IndexFiles, cost: QueryCost): Promise<Card[]> {
  const cardFiles = docs.map((doc) => Math.floor(doc / root.cardsPerFile));
  const shardNumbers = [...new Set(cardFiles.map((n) => Math.floor(n / root.tagsPerShard)))];
  const hashes = decodeOrFail('root.json', () => fromBase64(root.cardShards));
  const shardNames = shardNumbers.map((s) => {
    if ((s + 1) * hashBytes > hashes.length) throw new FihrisIndexError('corrupt', 'root.json', `no card shard ${s}`);
    return `k/${[...hashes.subarray(s * hashBytes, (s + 1) * hashBytes)].map((b) => b.toString(16).padStart(2, '0')).join('')}.bin`;
  });
  const shards = await files.getAll(shardNames, cost);
  const tagOf = (n: number) => {
    const shard = shards[shardNumbers.indexOf(Math.floor(n / root.tagsPerShard))];
    const at = (n % root.tagsPerShard) * 3;
    if (at + 3 > shard.length) throw new RangeError(`card shard has no tag for card file ${n}`);
    return [...shard.subarray(at, at + 3)].map((b) => b.toString(16).padStart(2, '0')).join('');
  };
  const tags = new Map([...new Set(cardFiles)].map((n) => [n, decodeOrFail(shardNames[0], () => tagOf(n))]));
  const names = [...tags].map(([n, tag]) => cardFileName(n, tag));
  const loaded = await files.getAll(names, cost);
  const byName = new Map(names.map((name, i) => [name, loaded[i]]));
  return docs.map((doc, i) => {
    const name = cardFileName(cardFiles[i], tags.get(cardFiles[i])!);
    const stored = decodeOrFail(name, () => {
      const cards = JSON.parse(new TextDecoder().decode(byName.get(name)!)) as StoredCard[];
      const card = cards.find((c) => c[0] === doc % root.cardsPerFile);
      if (!card) throw new RangeError(`no card for doc ${doc}`);
      return card;
    });
    const [, url, title, author, year, facets] = stored;
    return { url, title, ...(author !== null && { author }), ...(year !== null && { year }), facets };
  });
}
