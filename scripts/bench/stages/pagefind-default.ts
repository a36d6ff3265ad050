/**
 * Stage, the anchor: Pagefind with its default settings over the rendered HTML pages, as a
 * site would use it out of the box (no custom records, no forced language).
 *   node pagefind-default.ts <renderedSiteDir> <indexOutDir>
 */
import * as pagefind from 'pagefind';
import { outputSize } from '../output-size.ts';
import { reportStage, seconds } from '../stage-result.ts';

const [siteDir, indexDir] = process.argv.slice(2);
const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: siteDir });
if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: indexDir });
if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
await pagefind.close();
const took = seconds(started);
const size = outputSize(indexDir);
reportStage({ pagesIndexed: added.page_count, seconds: took, files: size.files, bytes: size.bytes });
