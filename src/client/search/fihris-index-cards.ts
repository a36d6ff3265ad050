/**
 * The cards of the hits. Hits among a looked-up common term's first hits come from its hot-cards
 * file (h/); the others from card files (c/), named by the tags a looked-up entry carries for the
 * hits it holds, or else by tag shards (k/). One round for the hot files, the shards and the card
 * files already named; one more only for the card files the shards name.
 */
import { decodeOrFail, type IndexFiles, type QueryCost } from './fihris-index-files.ts';
import { FihrisIndexError } from './fihris-index-error.ts';
import { bytesToHex, cardFileName, firstHitsByRank, fromBase64, hashBytes, type IndexRoot, type TermEntry } from '../../shared/search/fihris-index-format.ts';

export interface Card {
  url: string;
  title: string;
  author?: string;
  year?: string;
  /** Facet indexes into root.facets (holding libraries first). */
  facets: number[];
}

/** As stored: slot in its card file (doc id in a hot file), url, title, author, year, facets. */
type StoredCard = [number, string, string, string | null, string | null, number[]];

const toCard = ([, url, title, author, year, facets]: StoredCard): Card => ({
  url, title, ...(author !== null && { author }), ...(year !== null && { year }), facets,
});

/** The docs a hot file holds: its term's first top postings in rank order. */
function hotDocs(entry: TermEntry): number[] {
  return firstHitsByRank(entry.top!.docs, entry.top!.impacts);
}

/** Hot files that hold some of the docs, greedily the one holding most first. */
function chooseHotFiles(docs: number[], entries: TermEntry[]): Map<string, Set<number>> {
  const left = new Set(docs);
  const offers = entries.filter((e) => e.hot && e.top).map((e) => ({ name: e.hot!.name, docs: new Set(hotDocs(e)) }));
  const chosen = new Map<string, Set<number>>();
  for (;;) {
    const gain = (offer: { docs: Set<number> }) => [...offer.docs].filter((doc) => left.has(doc)).length;
    const best = offers.filter((o) => !chosen.has(o.name)).sort((a, b) => gain(b) - gain(a))[0];
    if (!best || gain(best) === 0) return chosen;
    chosen.set(best.name, best.docs);
    for (const doc of best.docs) left.delete(doc);
  }
}

/** root.cardShards decoded once per root: most queries name all their card files by tags and never need it. */
const shardHashesOfRoot = new WeakMap<IndexRoot, Uint8Array>();

function shardNamesOf(shardNumbers: number[], root: IndexRoot): string[] {
  if (shardNumbers.length === 0) return [];
  let hashes = shardHashesOfRoot.get(root);
  if (!hashes) {
    hashes = decodeOrFail('root.json', () => fromBase64(root.cardShards));
    shardHashesOfRoot.set(root, hashes);
  }
  return shardNumbers.map((s) => {
    if ((s + 1) * hashBytes > hashes.length) throw new FihrisIndexError('corrupt', 'root.json', `no card shard ${s}`);
    return `k/${bytesToHex(hashes.subarray(s * hashBytes, (s + 1) * hashBytes))}.bin`;
  });
}

function tagOf(shard: Uint8Array, n: number, root: IndexRoot): string {
  const at = (n % root.tagsPerShard) * 3;
  if (at + 3 > shard.length) throw new RangeError(`card shard has no tag for card file ${n}`);
  return bytesToHex(shard.subarray(at, at + 3));
}

/** Card file number → tag, from the tags entries carry for the hits they hold (taggedDocs). */
function tagsFromEntries(entries: TermEntry[], root: IndexRoot): Map<number, string> {
  const tags = new Map<number, string>();
  for (const entry of entries) for (const [doc, tag] of entry.cardTags ?? []) tags.set(Math.floor(doc / root.cardsPerFile), tag);
  return tags;
}

/**
 * Where the docs' cards are: the hot files holding some, the card files (number, name) the
 * entries' tags name for the rest, and the card files only a tag shard names.
 */
function placesOf(docs: number[], root: IndexRoot, entries: TermEntry[]) {
  const hot = chooseHotFiles(docs, entries);
  const fromHot = new Set([...hot.values()].flatMap((held) => [...held]));
  const rest = docs.filter((doc) => !fromHot.has(doc));
  const cardFiles = [...new Set(rest.map((doc) => Math.floor(doc / root.cardsPerFile)))];
  const knownTags = tagsFromEntries(entries, root);
  const named = cardFiles.filter((n) => knownTags.has(n)).map((n): [number, string] => [n, cardFileName(n, knownTags.get(n)!)]);
  return { hot, rest, named, unnamed: cardFiles.filter((n) => !knownTags.has(n)) };
}

/**
 * The files loadCards reads first for these docs that no shard is needed to name: fetched early
 * (beside a query's last postings), they are held when the cards are loaded.
 */
export function namedCardFiles(docs: number[], root: IndexRoot, entries: TermEntry[]): string[] {
  const { hot, named } = placesOf(docs, root, entries);
  return [...hot.keys(), ...named.map(([, name]) => name)];
}

/** @param entries the query's looked-up entries: their hot files may hold some hits, their tags name some card files. */
export async function loadCards(docs: number[], root: IndexRoot, files: IndexFiles, cost: QueryCost, entries: TermEntry[] = []): Promise<Card[]> {
  const { hot, rest, named, unnamed } = placesOf(docs, root, entries);
  const hotNames = [...hot.keys()];
  // Card files whose tags an entry carries come in the first round, beside the hot files and
  // the shards that name the others.
  const shardNumbers = [...new Set(unnamed.map((n) => Math.floor(n / root.tagsPerShard)))];
  const shardNames = shardNamesOf(shardNumbers, root);
  const firstRound = await files.getAll([...hotNames, ...shardNames, ...named.map(([, name]) => name)], cost);
  const byDoc = new Map<number, Card>();
  hotNames.forEach((name, i) => {
    const stored = decodeOrFail(name, () => JSON.parse(new TextDecoder().decode(firstRound[i])) as StoredCard[]);
    for (const card of stored) if (docs.includes(card[0])) byDoc.set(card[0], toCard(card));
  });
  const shards = firstRound.slice(hotNames.length, hotNames.length + shardNames.length);
  const fromShards = unnamed.map((n): [number, string] => {
    const s = shardNumbers.indexOf(Math.floor(n / root.tagsPerShard));
    return [n, cardFileName(n, decodeOrFail(shardNames[s], () => tagOf(shards[s], n, root)))];
  });
  const secondRound = await files.getAll(fromShards.map(([, name]) => name), cost);
  const loaded = [...firstRound.slice(hotNames.length + shardNames.length), ...secondRound];
  [...named, ...fromShards].forEach(([n, name], f) => {
    const cards = decodeOrFail(name, () => JSON.parse(new TextDecoder().decode(loaded[f])) as StoredCard[]);
    for (const doc of rest.filter((d) => Math.floor(d / root.cardsPerFile) === n)) {
      const card = cards.find((c) => c[0] === doc % root.cardsPerFile);
      if (!card) throw new FihrisIndexError('corrupt', name, `no card for doc ${doc}`);
      byDoc.set(doc, toCard(card));
    }
  });
  return docs.map((doc) => {
    const card = byDoc.get(doc);
    if (!card) throw new FihrisIndexError('corrupt', hotNames[0] ?? 'root.json', `no card for doc ${doc}`);
    return card;
  });
}
