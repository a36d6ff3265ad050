/**
 * Stage: the pages rendered again after one library re-deposits (../redeposit.ts), through
 * the page cache the stage before filled: only the pages of that library's records are
 * rendered, the others copied from the cache.
 *   node render-redeposit.ts <siteDataDir> <outDir> <pageCacheDir> <scratchDataDir>
 */
import { resolve } from 'node:path';
import { renderWithOwnRenderer } from '../own-render.ts';
import { redepositOneLibrary } from '../redeposit.ts';
import { reportStage } from '../stage-result.ts';

const [dataDir, outDir, cacheDir, scratchDataDir] = process.argv.slice(2).map((p) => resolve(p));
const redeposit = await redepositOneLibrary(dataDir, scratchDataDir);
process.stderr.write(`${redeposit.libraryCode} re-deposits: ${redeposit.unionRecords} union records name it, ${redeposit.holdingsChanged} holdings changed\n`);
reportStage({ ...redeposit, ...(await renderWithOwnRenderer(scratchDataDir, outDir, cacheDir)) });
