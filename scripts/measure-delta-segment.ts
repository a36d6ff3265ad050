/**
 * What a delta segment would write after one library re-deposits (the design for issue 9's
 * updates, not built), over the index benchmark's synthetic records and its re-deposit
 * (tests/fixtures/search-index/redeposit.ts), beside what rebuilding the index whole rewrites.
 * Three figures for a segment, corpus figures for scoring taken as frozen at the base (so unchanged
 * records' postings keep their blocks), the changed and added records under new doc ids past
 * the base's:
 * - the index of only the records the re-deposit changed or added: a lower bound;
 * - an overlay, read instead of the base where it has an entry: that index's postings and
 *   cards, plus the whole new entry of every touched term (a word of a changed, added or
 *   withdrawn record, old version or new: its df, counts, top postings and block table change)
 *   and every prefix-completion list that names a touched term or whose terms changed, the
 *   touched big terms' block tables, the hot-cards files whose cards changed, and a tombstone per
 *   dead posting (a varint, ~2 bytes);
 * - a segment merged with the base at query time, as a search engine's segments are: the index
 *   of the changed records, plus an entry for each term only a withdrawn or old version held, the
 *   tombstones, and for each completion list naming a touched term the touched terms' small
 *   segment entries (so that the merged list is the exact one).
 *   node --max-old-space-size=4096 scripts/measure-delta-segment.ts [records]
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnionRecord } from '../src/shared/catalog-schema.ts';
import { ByteReader } from '../src/client/search/fihris-index-bytes.ts';
import { decodeEntryBody, decodePage } from '../src/client/search/fihris-index-entry.ts';
import { fromBase64, type IndexRoot, type TermEntry } from '../src/shared/search/fihris-index-format.ts';
import { buildFihrisIndex, type IndexBuildStats } from '../src/search-index/build-index.ts';
import { redeposit } from '../tests/fixtures/search-index/redeposit.ts';
import { syntheticUnionRecords } from '../tests/fixtures/search-index/synthetic-union-records.ts';

interface Dictionary {
  /** Term → its entry, and the entry's bytes in its chunk (front-coded term included). */
  entries: Map<string, { entry: TermEntry; bytes: number }>;
  /** Prefix → the terms of its completion list, and the list's bytes. */
  completions: Map<string, { terms: string[]; bytes: number }>;
}

function readChunk(bytes: Uint8Array, into: Dictionary): void {
  const reader = new ByteReader(bytes);
  let previous = '';
  for (let n = reader.varint(); n > 0; n--) {
    const start = reader.position;
    const term = previous.slice(0, reader.varint()) + reader.string();
    const entry = decodeEntryBody(reader, term);
    into.entries.set(term, { entry, bytes: reader.position - start });
    previous = term;
  }
  for (let n = reader.varint(); n > 0; n--) {
    const start = reader.position;
    const prefix = reader.string();
    const terms: string[] = [];
    for (let k = reader.varint(); k > 0; k--) terms.push(decodeEntryBody(reader, reader.string()).term);
    into.completions.set(prefix, { terms, bytes: reader.position - start });
  }
}

/** Every entry and completion list of the index in `folder`, read as the browser reads them. */
async function readDictionary(folder: string): Promise<Dictionary> {
  const root = JSON.parse(await readFile(join(folder, 'root.json'), 'utf8')) as IndexRoot;
  const dictionary: Dictionary = { entries: new Map(), completions: new Map() };
  for (const [, pageName] of decodePage(fromBase64(root.pages), 'i')) {
    for (const [, chunkName] of decodePage(await readFile(join(folder, pageName)), 'd')) readChunk(await readFile(join(folder, chunkName)), dictionary);
  }
  return dictionary;
}

async function fileNames(folder: string, subfolder: string): Promise<Set<string>> {
  return new Set(await readdir(join(folder, subfolder)).catch(() => []));
}

const records = Number(process.argv[2] ?? 100_000);
const options = { records, tailWords: Math.round(records / 2) };
const before = new Map<string, UnionRecord>();
for (const record of syntheticUnionRecords(options)) before.set(record.id, record);
const changed: UnionRecord[] = [];
const oldVersions: UnionRecord[] = [];
const kept = new Set<string>();
for (const record of redeposit(options)) {
  kept.add(record.id);
  const old = before.get(record.id);
  if (old && JSON.stringify(old) === JSON.stringify(record)) continue;
  changed.push(record);
  if (old) oldVersions.push(old);
}
const withdrawn = [...before.keys()].filter((id) => !kept.has(id));
for (const id of withdrawn) oldVersions.push(before.get(id)!);

const scratch = await mkdtemp(join(tmpdir(), 'fihris-delta-'));
try {
  const folders = { base: join(scratch, 'base'), rebuilt: join(scratch, 'rebuilt'), changed: join(scratch, 'changed'), old: join(scratch, 'old') };
  const base = await buildFihrisIndex(syntheticUnionRecords(options), { outDir: folders.base });
  const rebuilt = await buildFihrisIndex(redeposit(options), { outDir: folders.rebuilt });
  const delta = await buildFihrisIndex(changed, { outDir: folders.changed });
  const dead = await buildFihrisIndex(oldVersions, { outDir: folders.old });
  const [baseWords, newWords, changedWords, oldWords] = await Promise.all([folders.base, folders.rebuilt, folders.changed, folders.old].map(readDictionary));

  const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
  const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  const tally = (stats: IndexBuildStats, folder: string) => stats.byFolder[folder] ?? { files: 0, bytes: 0 };
  const meanFileBytes = (folder: string) => tally(rebuilt, folder).bytes / Math.max(1, tally(rebuilt, folder).files);

  let rewritten = 0;
  for (const folder of ['i', 'd', 'p', 't', 'h', 'k', 'c']) {
    const old = await fileNames(folders.base, folder);
    for (const name of await fileNames(folders.rebuilt, folder)) if (!old.has(name)) rewritten++;
  }

  // Touched: a word of a changed, added or withdrawn record; a scope word's list of a word when both are touched.
  const touched = new Set([...changedWords.entries.keys(), ...oldWords.entries.keys()]);
  let overlayEntries = 0;
  let overlayEntryBytes = 0;
  let goneTerms = 0;
  let tableBytes = 0;
  for (const [term, { entry, bytes }] of newWords.entries) {
    const scoped = term.split('\u0001');
    const isTouched = scoped.length === 2 ? touched.has(scoped[0]) && touched.has(scoped[1]) : touched.has(term);
    if (!isTouched) continue;
    overlayEntries++;
    overlayEntryBytes += bytes;
    if (entry.table) tableBytes += entry.table.length;
  }
  for (const term of touched) if (!newWords.entries.has(term)) goneTerms++;
  let lists = 0;
  let listBytes = 0;
  for (const [prefix, list] of newWords.completions) {
    const old = baseWords.completions.get(prefix);
    const same = old && old.terms.join('\n') === list.terms.join('\n') && !list.terms.some((term) => touched.has(term));
    if (same) continue;
    lists++;
    listBytes += list.bytes;
  }
  const tombstoneBytes = 2 * dead.postings;
  const dictionaryBytes = overlayEntryBytes + goneTerms * 8 + listBytes + tombstoneBytes;
  const chunks = Math.ceil(dictionaryBytes / meanFileBytes('d'));
  const pages = Math.ceil(chunks / 256);
  const tables = Math.ceil(tableBytes / meanFileBytes('t'));
  const baseHot = await fileNames(folders.base, 'h');
  const hot = [...(await fileNames(folders.rebuilt, 'h'))].filter((name) => !baseHot.has(name)).length;
  const perFolder = (folder: string) => tally(delta, folder).files;
  const segmentFiles = chunks + pages + tables + hot + perFolder('p') + perFolder('c') + perFolder('k') + 1;
  const segmentBytes = dictionaryBytes + tableBytes + hot * meanFileBytes('h') + ['p', 'c', 'k'].reduce((sum, f) => sum + tally(delta, f).bytes, 0);

  // The merged segment: the changed records' own index, and what it lacks.
  const smallEntryBytes = tally(delta, 'd').bytes / Math.max(1, changedWords.entries.size);
  const deadOnly = [...oldWords.entries.keys()].filter((term) => !changedWords.entries.has(term)).length;
  const listMembers = [...newWords.completions.values()].reduce((sum, list) => sum + list.terms.filter((term) => touched.has(term)).length, 0);
  const mergedExtraBytes = deadOnly * 8 + tombstoneBytes + listMembers * smallEntryBytes;
  const mergedFiles = delta.files + Math.ceil(mergedExtraBytes / meanFileBytes('d'));
  const mergedBytes = delta.bytes + mergedExtraBytes;

  console.log(`${records} records; the re-deposit changes or adds ${changed.length} and withdraws ${withdrawn.length}`);
  console.log(`base index: ${base.files} files, ${megabytes(base.bytes)}; ${baseWords.entries.size} entries, ${baseWords.completions.size} completion lists`);
  console.log(`rebuilt whole: ${rewritten} of its ${rebuilt.files} files new (${percent(rewritten, rebuilt.files)})`);
  console.log(`lower bound, the index of the changed records alone: ${delta.files} files (${percent(delta.files, base.files)} of the base's), ${megabytes(delta.bytes)} (${percent(delta.bytes, base.bytes)})`);
  console.log(`overlay read instead of the base, estimated: ${segmentFiles} files (${percent(segmentFiles, base.files)}), ${megabytes(segmentBytes)} (${percent(segmentBytes, base.bytes)})`);
  console.log(`  overlay dictionary: ${overlayEntries} touched entries (${percent(overlayEntries, newWords.entries.size)}), ${megabytes(overlayEntryBytes)}; ${goneTerms} terms gone; ${lists} of ${newWords.completions.size} completion lists (${percent(lists, newWords.completions.size)}), ${megabytes(listBytes)}; tombstones for ${dead.postings} dead postings, ${megabytes(tombstoneBytes)}: ${chunks} chunks and ${pages} pages`);
  console.log(`  touched big terms' block tables: ${megabytes(tableBytes)}, ${tables} files; hot-cards files changed: ${hot}; postings ${perFolder('p')}, cards ${perFolder('c')}, card tags ${perFolder('k')} files, and root.json`);
  console.log(`segment merged at query time, estimated: ${mergedFiles} files (${percent(mergedFiles, base.files)}), ${megabytes(mergedBytes)} (${percent(mergedBytes, base.bytes)}): ${deadOnly} terms of old versions only, ${listMembers} touched completion-list members`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
