/**
 * Runs `astro build` (astro-pages-process.ts) in a child process. Astro loads every union
 * record to list its pages: in the build's own process, beside the ingest's result, that was
 * a second copy of the catalogue for the garbage collector to trace while Astro rendered
 * (Astro's pages took three times as long at 100k records as Astro alone), and one that
 * stayed in memory for the rest of the build. A process of its own gives all of it back.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astroProcess = fileURLToPath(new URL('./astro-pages-process.ts', import.meta.url));

/** Resolves when Astro has written its pages into `outDir`; rejects if it fails (its messages are on stderr). */
export function renderAstroPages(dataDir: string, outDir: string, basePath: string): Promise<void> {
  // Its output goes to this process's stderr, where the build reports its progress.
  const child = spawn(process.execPath, [...process.execArgv, astroProcess, dataDir, outDir, basePath], { stdio: ['ignore', 2, 2] });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`astro build failed (${signal ?? `exit code ${code}`}); its messages are above.`));
    });
  });
}
