/**
 * What it costs this machine to touch memory for the first time: fills fresh 8 MB arrays (each
 * page faulted in by the kernel on its first write), then fills the same arrays again. On a VM
 * whose page faults are slow, every stage that grows its memory pays the difference, which
 * profiles then show inside whatever function wrote first (a record copy, a slab's encodeInto).
 *   node scripts/measure-first-touch.ts [MB=512]
 */
const megabytes = Number(process.argv[2] ?? 512);
const arrays: Uint8Array[] = [];
let started = performance.now();
for (let filled = 0; filled < megabytes; filled += 8) {
  const array = new Uint8Array(8 * 1024 * 1024);
  array.fill(1);
  arrays.push(array);
}
const firstMs = performance.now() - started;
started = performance.now();
for (const array of arrays) array.fill(2);
const againMs = performance.now() - started;
const pages = (megabytes * 1024) / 4;
console.log(`${megabytes} MB filled the first time in ${firstMs.toFixed(0)} ms (${((firstMs * 1000) / pages).toFixed(1)} µs a 4 KB page), again in ${againMs.toFixed(0)} ms`);
