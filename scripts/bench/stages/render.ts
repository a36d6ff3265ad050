/**
 * Stage: the Astro build over staged site data, the way `fihris build` runs it
 * (FIHRIS_SITE_DATA, astro build into the output folder).
 *   node render.ts <siteDataDir> <outDir>
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as astroBuild } from 'astro';
import { outputSize } from '../output-size.ts';
import { reportStage, seconds } from '../stage-result.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const [dataDir, outDir] = process.argv.slice(2).map((p) => resolve(p));
process.env.FIHRIS_SITE_DATA = dataDir;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const cpuBefore = process.cpuUsage();
const started = performance.now();
await astroBuild({ root: projectRoot, outDir, base: '/', logLevel: 'warn' });
const took = seconds(started);
const cpu = process.cpuUsage(cpuBefore);
const pages = outputSize(outDir, (path) => path.endsWith('.html'));
const all = outputSize(outDir);
reportStage({ seconds: took, cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100, pages: pages.files, pagesPerSecond: Math.round(pages.files / took), htmlBytes: pages.bytes, files: all.files, bytes: all.bytes });
