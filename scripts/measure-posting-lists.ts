/**
 * What the postings blocks of a synthetic consortium take in the index's list layout (format 4:
 * bit-packed gaps, impacts as places in a palette) against format 3's (a varint per gap, a byte per
 * impact), blocks cut as the index builder cuts them. The README's design notes quote its figures.
 *
 *   node --max-old-space-size=8000 scripts/measure-posting-lists.ts [--records N]
 */
import { collectRecords } from '../src/search-index/collect-records.ts';
import { ByteWriter } from '../src/search-index/byte-writer.ts';
import { assignDocIds } from '../src/search-index/doc-ids.ts';
import { invert } from '../src/search-index/invert.ts';
import { encodePostings, termBlocks } from '../src/search-index/postings-writer.ts';
import { inlinePostingsMax } from '../src/shared/search/fihris-index-format.ts';
import { syntheticUnionRecords } from '../tests/fixtures/search-index/synthetic-union-records.ts';

const args = process.argv.slice(2);
const records = Number(args[args.indexOf('--records') + 1]) || 100_000;
const collected = await collectRecords(syntheticUnionRecords({ records, tailWords: Math.round(records / 2) }));
const index = invert(collected, assignDocIds(collected.permanentIds));

const varintBytes = (value: number): number => (value < 2 ** 7 ? 1 : value < 2 ** 14 ? 2 : value < 2 ** 21 ? 3 : 4);
let blocks = 0;
let format3Gaps = 0;
let format3Impacts = 0;
let format4 = 0;
for (let term = 0; term + 1 < index.postingStart.length; term++) {
  if (index.postingStart[term + 1] - index.postingStart[term] <= inlinePostingsMax) continue;
  for (const [from, to] of termBlocks(index, term)) {
    blocks++;
    for (let i = from + 1; i < to; i++) format3Gaps += varintBytes(index.postingDocs[i] - index.postingDocs[i - 1] - 1);
    format3Impacts += to - from;
    const writer = new ByteWriter();
    encodePostings(index, from, to, writer);
    format4 += writer.length;
  }
}
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
console.log(`${records} synthetic union records, ${blocks} blocks, ${index.postingDocs.length} postings`);
console.log(`format 3 (varint gaps, a byte per impact): ${mb(format3Gaps + format3Impacts)} (gaps ${mb(format3Gaps)}, impacts ${mb(format3Impacts)})`);
console.log(`format 4 (bit-packed gaps, palette places): ${mb(format4)} (${((100 * format4) / (format3Gaps + format3Impacts)).toFixed(1)}%)`);
