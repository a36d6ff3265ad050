/**
 * The stages `npm run bench` measures, in order, each a script in stages/ run in its own
 * process. A stage whose input stage failed is skipped with that reason.
 */
import { join } from 'node:path';
import type { StageFigures } from './stage-result.ts';

export interface BenchPaths {
  consortiumDir: string;
  workDir: string;
}

export interface BenchStage {
  name: string;
  /** Script in stages/ and its arguments. */
  args: (paths: BenchPaths) => string[];
  /** Stages whose output this one reads. */
  needs: string[];
  /** One human line from the stage's figures: the throughput the issue asks for. */
  summary: (figures: StageFigures) => string;
}

const data = (p: BenchPaths) => join(p.workDir, 'site-data');
const site = (p: BenchPaths) => join(p.workDir, 'site');
const ownSite = (p: BenchPaths) => join(p.workDir, 'site-own');
const pageCache = (p: BenchPaths) => join(p.workDir, 'page-cache');
const mib = (bytes: unknown) => `${(Number(bytes) / 2 ** 20).toFixed(1)} MiB`;

export const benchStages: BenchStage[] = [
  {
    name: 'parse ISO 2709 (reader only)', needs: [],
    args: (p) => ['parse-only.ts', p.consortiumDir],
    summary: (f) => `${f.records} records, ${f.recordsPerSecond} records/s`,
  },
  {
    name: 'ingest (ingestCatalogue)', needs: [],
    args: (p) => ['ingest.ts', p.consortiumDir, data(p)],
    summary: (f) => `${f.records} records → ${f.unionRecords} union records, ${f.recordsPerSecond} records/s; ${f.rejected} rejected`,
  },
  {
    name: 'clustering (clusterRecords alone)', needs: [],
    args: (p) => ['cluster.ts', p.consortiumDir],
    summary: (f) => `${f.records} → ${f.clusters} clusters in ${f.seconds} s (inputs prepared in ${f.prepareSeconds} s); pair precision ${f.pairPrecision}, recall ${f.pairRecall}; ${f.splitEditions} editions split, ${f.mixedClusters} clusters mixed`,
  },
  {
    name: 'pages (astro build, getStaticPaths)', needs: ['ingest (ingestCatalogue)'],
    args: (p) => ['render.ts', data(p), site(p)],
    summary: (f) => `${f.pages} pages, ${f.pagesPerSecond} pages/s; ${f.files} files, ${mib(f.bytes)}; CPU ${f.cpuSeconds} s`,
  },
  {
    name: 'pages (astro build + record renderer)', needs: ['ingest (ingestCatalogue)'],
    args: (p) => ['render-own.ts', data(p), ownSite(p), pageCache(p), '--cold'],
    summary: (f) => `${f.pages} pages, ${f.pagesPerSecond} pages/s (astro ${f.astroSeconds} s; ${f.recordPages} record pages in ${f.recordSeconds} s, ${f.recordPagesPerSecond}/s); CPU ${f.cpuSeconds} s`,
  },
  {
    name: 'pages again after one library re-deposits (page cache)', needs: ['pages (astro build + record renderer)'],
    args: (p) => ['render-redeposit.ts', data(p), ownSite(p), pageCache(p), join(p.workDir, 'site-data-redeposit')],
    summary: (f) => `${f.libraryCode}: ${f.unionRecords} union records; ${f.recordPagesRendered} record pages rendered, ${f.recordPagesFromCache} from the cache; astro ${f.astroSeconds} s, records ${f.recordSeconds} s; CPU ${f.cpuSeconds} s`,
  },
  {
    name: 'index: Pagefind, project setup', needs: ['ingest (ingestCatalogue)'],
    args: (p) => ['pagefind-project.ts', data(p), join(p.workDir, 'pagefind-project')],
    summary: (f) => `${f.records} records; ${f.files} files, ${mib(f.bytes)}`,
  },
  {
    name: 'index: Pagefind, default settings over the HTML', needs: ['pages (astro build, getStaticPaths)'],
    args: (p) => ['pagefind-default.ts', site(p), join(p.workDir, 'pagefind-default')],
    summary: (f) => `${f.pagesIndexed} pages; ${f.files} files, ${mib(f.bytes)}`,
  },
  {
    name: 'index: project\'s own (src/search-index)', needs: ['ingest (ingestCatalogue)'],
    args: (p) => ['own-index.ts', data(p), join(p.workDir, 'own-index')],
    summary: (f) => `${f.records} records, ${f.terms} terms, ${f.postings} postings; ${f.files} files, ${mib(f.bytes)}`,
  },
  {
    name: 'full fihris build', needs: [],
    args: (p) => ['full-build.ts', p.consortiumDir, join(p.workDir, 'build')],
    summary: (f) => `${f.unionRecords} union records; ${f.files} files, ${mib(f.bytes)}; CPU ${f.cpuSeconds} s`,
  },
  {
    name: 'full fihris build again after one library re-deposits', needs: ['full fihris build'],
    args: (p) => ['full-rebuild.ts', p.consortiumDir, join(p.workDir, 'build'), join(p.workDir, 'redeposit')],
    summary: (f) => `${f.libraryCode} re-deposits: ${f.recordPagesRendered} record pages rendered, ${f.recordPagesFromCache} from the cache; CPU ${f.cpuSeconds} s`,
  },
];
