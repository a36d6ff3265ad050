import { existsSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { buildSite } from '../../src/build/build-site.ts';
import { isSearchEngineChoice, searchEngineChoices } from '../../src/build/search-engine-choice.ts';
import { parseCommandLine } from './parse-command-line.ts';

const help = `fihris build [--content DIR] [--out DIR] [--base PATH] [--registry FILE] [--write-registry]
                   [--search-engine pagefind|fihris|auto] [--page-cache DIR | --no-page-cache]

Builds the whole static site from a content folder: every library's catalogue is read,
decoded, checked and merged into union records; then the pages, the search index and
the bulk data (OUT/data/union.jsonl, rejections.jsonl, diagnostics.jsonl) are written.

  --content DIR      content folder with libraries/<code>/library.yml   (default: content)
  --out DIR          where the site goes                                 (default: dist)
  --base PATH        URL path the site is served under, e.g. /fihris/    (default: /)
  --site URL         public URL of the site root, base path included, e.g.
                     https://org.github.io/fihris/; without it no sitemaps or OAI files
  --registry FILE    permanent-id registry       (default: <content>/registry/union-ids.tsv)
  --write-registry   write new and retired ids back to the registry (CI on main does this)
  --search-engine E  which search index to build: pagefind, fihris (the project's own index
                     for large catalogues) or auto (by catalogue size)       (default: auto)
  --page-cache DIR   keep rendered pages in DIR, so that a rebuild renders only the pages
                     whose content changed; DIR-ingest, DIR-downloads, DIR-dumps and
                     DIR-search beside it keep each library's ingest, the record downloads,
                     the libraries' dumps and what the search index took from each record;
                     DIR-output lists the pages and downloads left in OUT, which the next
                     build into OUT keeps where unchanged
                                              (default: .fihris/page-cache/<one per OUT>)
  --no-page-cache    build everything again into an emptied OUT, and keep none of these caches

Node's heap: a third of the memory when that is more than Node's default; a limit given in
NODE_OPTIONS (--max-old-space-size=MiB) is kept.

Exit codes: 0 built, 2 wrong usage, 3 the build failed.
`;

export async function runBuild(args: string[]): Promise<number> {
  const command = parseCommandLine(args, {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    site: { type: 'string' },
    registry: { type: 'string' },
    'write-registry': { type: 'boolean', default: false },
    'search-engine': { type: 'string', default: 'auto' },
    'page-cache': { type: 'string' },
    'no-page-cache': { type: 'boolean', default: false },
  }, help, false);
  if (!command.parsed) return command.exitCode;
  const { values } = command.parsed;
  if (!isSearchEngineChoice(values['search-engine'])) {
    process.stderr.write(`Unknown --search-engine "${values['search-engine']}": use ${searchEngineChoices.join(', ')}.\n`);
    return 2;
  }
  if (values['page-cache'] !== undefined && values['no-page-cache']) {
    process.stderr.write('Give --page-cache DIR or --no-page-cache, not both.\n');
    return 2;
  }
  const heapLimitMiB = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
  process.stderr.write(`Node's heap limit: ${heapLimitMiB} MiB (NODE_OPTIONS=--max-old-space-size=MiB sets it)\n`);
  if (!existsSync(values.content)) {
    process.stderr.write(`No content folder at ${values.content}: give --content DIR, the folder that holds libraries/<code>/library.yml.\n`);
    return 2;
  }
  const started = Date.now();
  const summary = await buildSite({
    contentDir: values.content,
    outDir: values.out,
    basePath: values.base,
    registryPath: values.registry ?? `${values.content}/registry/union-ids.tsv`,
    writeRegistry: values['write-registry'],
    siteUrl: values.site,
    searchEngine: values['search-engine'],
    pageCacheDir: values['no-page-cache'] ? false : values['page-cache'],
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stderr.write(`Built ${summary.ingest.unionRecords.length} union records into ${summary.outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}
