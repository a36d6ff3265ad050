/**
 * What creating small files costs on this machine's disk, as the build creates its pages and
 * downloads: FILES new files of SIZE bytes (default 50,000 of 11,000, a record page) written one
 * at a time into FOLDER, by PROCESSES processes at once (default 1), each with names of its own.
 * Prints each process's wall and system seconds. FOLDER may be an existing large folder (a
 * build's r/) or a new one; the files are left there, as deleting them would slow the next
 * run (ext4 without a journal skips recently freed inodes, see the README).
 *   node scripts/bench/measure-file-creation.ts FOLDER [FILES] [SIZE] [PROCESSES]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

const [folder, files = '50000', size = '11000', processes = '1', worker] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/bench/measure-file-creation.ts FOLDER [FILES] [SIZE] [PROCESSES]');
  process.exit(2);
}
if (worker !== undefined) {
  // One writer: `worker` is its name prefix.
  mkdirSync(folder, { recursive: true });
  const data = Buffer.alloc(Number(size), 0x61);
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let n = 0; n < Number(files); n++) writeFileSync(join(folder, `${worker}-${Date.now().toString(36)}-${n.toString(36)}.html`), data, { flag: 'wx' });
  const { system } = process.cpuUsage(cpu);
  console.log(`process ${worker}: ${files} files of ${size} bytes in ${((performance.now() - started) / 1000).toFixed(2)} s, ${(system / 1e6).toFixed(2)} s system`);
} else {
  const children = Array.from({ length: Number(processes) }, (_, n) =>
    spawn(process.execPath, [process.argv[1], folder, files, size, processes, `p${n}`], { stdio: 'inherit' }));
  await Promise.all(children.map((child) => once(child, 'exit')));
}
