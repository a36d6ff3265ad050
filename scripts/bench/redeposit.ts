/**
 * One library re-deposits its catalogue, simulated on staged site data: its deposit date
 * moves on (so every page that shows its holdings changes) and one holding in ten of its
 * records changes status. The library chosen is the median one by records held.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Redeposit {
  libraryCode: string;
  /** Union records that name the library: the pages that must be rendered again. */
  unionRecords: number;
  holdingsChanged: number;
}

interface StagedLibrary { code: string; recordCount: number; asOf?: string }
interface StagedRecord { holdings: Array<{ libraryCode: string; status?: string }>; members: Array<{ libraryCode: string }> }

export async function redepositOneLibrary(dataDir: string, outDataDir: string): Promise<Redeposit> {
  const libraries: StagedLibrary[] = JSON.parse(await readFile(join(dataDir, 'libraries.json'), 'utf8'));
  const median = [...libraries].sort((a, b) => a.recordCount - b.recordCount)[Math.floor(libraries.length / 2)];
  median.asOf = '2031-01-01';
  await mkdir(outDataDir, { recursive: true });
  await writeFile(join(outDataDir, 'libraries.json'), `${JSON.stringify(libraries, null, 1)}\n`);
  await writeFile(join(outDataDir, 'redirects.json'), await readFile(join(dataDir, 'redirects.json')));
  let unionRecords = 0;
  let holdingsChanged = 0;
  const lines = (await readFile(join(dataDir, 'union.jsonl'), 'utf8')).split('\n').map((line) => {
    if (!line.trim()) return line;
    const record: StagedRecord = JSON.parse(line);
    const held = record.holdings.filter((h) => h.libraryCode === median.code);
    if (held.length === 0 && !record.members.some((m) => m.libraryCode === median.code)) return line;
    unionRecords++;
    if (held.length > 0 && unionRecords % 10 === 0) {
      held[0].status = 'معار / on loan';
      holdingsChanged++;
    }
    return JSON.stringify(record);
  });
  await writeFile(join(outDataDir, 'union.jsonl'), lines.join('\n'));
  return { libraryCode: median.code, unionRecords, holdingsChanged };
}
