/**
 * Stage: the pages the way `fihris build` renders them now (see ../own-render.ts).
 *   node render-own.ts <siteDataDir> <outDir> [pageCacheDir] [--cold]
 * --cold empties the page cache first: a first build.
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { renderWithOwnRenderer } from '../own-render.ts';
import { reportStage } from '../stage-result.ts';

const cold = process.argv.includes('--cold');
const [dataDir, outDir, cacheDir] = process.argv.slice(2).filter((a) => a !== '--cold').map((p) => resolve(p));
if (cold && cacheDir) await rm(cacheDir, { recursive: true, force: true });
reportStage(await renderWithOwnRenderer(dataDir, outDir, cacheDir));
