/**
 * Runs `astro build` (astro-pages-process.ts) in a child process. Astro once loaded every
 * union record to list its pages: in the build's own process, beside the ingest's result, that
 * was a second copy of the catalogue for the garbage collector to trace while Astro rendered
 * (Astro's pages took three times as long at 100k records as Astro alone), and one that stayed
 * in memory for the rest of the build. It now reads only the staged probes (probe-pages.json,
 * src/site/static-paths.ts), the libraries and the reports; a process of its own still keeps
 * its bundler's and renderer's memory out of the build's, and gives it all back when done.
 *
 * The process starts before the site data is staged: Astro loads its config and bundles the
 * site's code (about 4 s) while the build writes union.jsonl and the reports' data, then
 * waits for dataStaged() before it reads any of it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astroProcess = fileURLToPath(new URL('./astro-pages-process.ts', import.meta.url));

export interface AstroPagesRun {
  /** Tells Astro's process that every file of the data folder is written: it reads them and renders. */
  dataStaged(): void;
  /** Resolves when Astro has written its pages into the output folder; rejects if it fails (its messages are on stderr). */
  done: Promise<void>;
  /** Stops the process: the build failed before the data was staged. */
  cancel(): void;
}

/** @example const astro = startAstroPages(stagingDir, 'dist', '/'); …stage…; astro.dataStaged(); await astro.done */
export function startAstroPages(dataDir: string, outDir: string, basePath: string): AstroPagesRun {
  // Its output goes to this process's stderr, where the build reports its progress; its
  // input is the pipe dataStaged() writes to.
  const child = spawn(process.execPath, [...process.execArgv, astroProcess, dataDir, outDir, basePath], { stdio: ['pipe', 2, 2] });
  let cancelled = false;
  const done = new Promise<void>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else if (cancelled) reject(new Error('astro build stopped: the build failed before its data was staged.'));
      else reject(new Error(`astro build failed (${signal ?? `exit code ${code}`}); its messages are above.`));
    });
  });
  // A failure while the data is still being staged is reported when the build awaits `done`.
  done.catch(() => {});
  return {
    dataStaged: () => child.stdin!.end('staged\n'),
    done,
    cancel: () => {
      cancelled = true;
      child.kill();
    },
  };
}
