/**
 * Stage: generating the consortium (measured like the others, so its speed and flat memory
 * are on record too).
 *   node generate.ts <editions> <outDir> <seed>
 */
import { generateConsortium } from '../consortium-generator.ts';
import { reportStage, seconds } from '../stage-result.ts';

const [editions, outDir, seed] = process.argv.slice(2);
const started = performance.now();
const manifest = generateConsortium({ editions: Number(editions), outDir, seed, onProgress: (n) => console.error(`generated ${n} editions`) });
reportStage({ editions: manifest.editions, records: manifest.sourceRecords, seconds: seconds(started) });
