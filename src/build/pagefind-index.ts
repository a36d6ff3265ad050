/**
 * Builds the site's one Pagefind index from the union records (not from the HTML pages:
 * the pages show original text, the index holds normalised keys). Build time, Node.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { indexLanguage, toPagefindRecord } from './pagefind-record.ts';

export interface PagefindIndexOptions {
  /** The built site; the index goes to <outDir>/pagefind/. */
  outDir: string;
}

/**
 * Indexes every record and writes <outDir>/pagefind/. Pagefind's errors are build errors:
 * they throw with what Pagefind said.
 * @example await buildPagefindIndex(records, { outDir: 'dist' }) // { recordCount: 8 }
 */
export async function buildPagefindIndex(
  records: AsyncIterable<UnionRecord> | Iterable<UnionRecord>,
  options: PagefindIndexOptions,
): Promise<{ recordCount: number }> {
  const created = await pagefind.createIndex({ forceLanguage: indexLanguage });
  const index = created.index;
  if (!index) throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`);
  try {
    let recordCount = 0;
    for await (const record of records) {
      const added = await index.addCustomRecord(toPagefindRecord(record));
      if (added.errors.length) throw new Error(`Pagefind refused record ${record.id}: ${added.errors.join('; ')}`);
      recordCount++;
    }
    const written = await index.writeFiles({ outputPath: join(options.outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { recordCount };
  } finally {
    await pagefind.close();
  }
}
