/**
 * What handing a rendered page from Astro's container to its file costs, as text and as byte
 * text (src/build/page-renderer/byte-text.ts). The container gives each page as UTF-8 bytes in
 * a Response. As text, the worker decodes them (`text()`), frames the page, and encodes it
 * again to write it. As byte text, it reads the bytes one character per byte (`arrayBuffer()`,
 * Latin-1) and writes them back the same way. Both are run over the record pages of a built
 * site, each page wrapped in a Response as the container does, three rounds each, alternated.
 * The framing between (the same string operations on either) is left out.
 *
 *   node scripts/bench-page-bytes.ts [site=bench-out/work-100000/build] [pages=20000]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { byteTextOfBytes, bytesOfByteText } from '../src/build/page-renderer/byte-text.ts';

const site = resolve(process.argv[2] ?? 'bench-out/work-100000/build');
const pageCount = Number(process.argv[3] ?? 20000);
const names = readdirSync(join(site, 'r')).filter((name) => name.endsWith('.html')).slice(0, pageCount);
const pages = names.map((name) => readFileSync(join(site, 'r', name), 'utf8'));
const megabytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0) / 1e6;
console.log(`${pages.length} record pages, ${megabytes.toFixed(1)} MB of UTF-8, from ${site}`);

const encoder = new TextEncoder();
let written = 0;
const handoffs = {
  'as text (text(), then encoded to write)': async (page: string) => {
    const text = await new Response(encoder.encode(page)).text();
    written += Buffer.from(text, 'utf8').byteLength;
  },
  'as byte text (arrayBuffer(), Latin-1 both ways)': async (page: string) => {
    const bytes = byteTextOfBytes(new Uint8Array(await new Response(encoder.encode(page)).arrayBuffer()));
    written += bytesOfByteText(bytes).byteLength;
  },
  'the container\'s own encode alone (either way)': async (page: string) => {
    written += encoder.encode(page).byteLength;
  },
};

for (let round = 1; round <= 3; round++) {
  for (const [name, handoff] of Object.entries(handoffs)) {
    const started = performance.now();
    for (const page of pages) await handoff(page);
    console.log(`round ${round}  ${name}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }
}
if (written === 0) throw new Error('nothing was handed over');
