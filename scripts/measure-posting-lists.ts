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
import { encodePostings, endsBlock } from '../src/search-index/postings-writer.ts';
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
  const start = index.postingStart[term];
  const end = index.postingStart[term + 1];
  if (end - start <= inlinePostingsMax) continue;
  let from = start;
  for (let i = start; i < end; i++) {
    if (i + 1 < end && !endsBlock(index.postingDocs[i], i + 1 - from)) continue;
    blocks++;
    for (let j = from + 1; j <= i; j++) format3Gaps += varintBytes(index.postingDocs[j] - index.postingDocs[j - 1] - 1);
    format3Impacts += i + 1 - from;
    const writer = new ByteWriter();
    encodePostings(index, from, i + 1, writer);
    format4 += writer.length;
    from = i + 1;
  }
}
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
console.log(`${records} synthetic union records, ${blocks} blocks, ${index.postingDocs.length} postings`);
console.log(`format 3 (varint gaps, a byte per impact): ${mb(format3Gaps + format3Impacts)} (gaps ${mb(format3Gaps)}, impacts ${mb(format3Impacts)})`);
console.log(`format 4 (bit-packed gaps, palette places): ${mb(format4)} (${((100 * format4) / (format3Gaps + format3Impacts)).toFixed(1)}%)`);
