/**
 * Stage: the pages the way `fihris build` renders them now (see ../own-render.ts).
 *   node render-own.ts <siteDataDir> <outDir> [pageCacheDir] [--cold]
 * --cold empties the page cache first: a first build.
 */
import { resolve } from 'node:path';
import { deleteBeforeTimedStage } from '../delete-before-timed-stage.ts';
import { renderWithOwnRenderer } from '../own-render.ts';
import { reportStage } from '../stage-result.ts';

const cold = process.argv.includes('--cold');
const [dataDir, outDir, cacheDir] = process.argv.slice(2).filter((a) => a !== '--cold').map((p) => resolve(p));
if (cold && cacheDir) await deleteBeforeTimedStage([cacheDir], (line) => process.stderr.write(`${line}\n`));
reportStage(await renderWithOwnRenderer(dataDir, outDir, cacheDir));
