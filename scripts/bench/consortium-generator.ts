/**
 * The synthetic consortium: N editions, each held by 1–8 of the 36 libraries, each holder
 * writing its own record of it into its own dump. Writes, under outDir:
 *   libraries/<code>/library.yml + catalogue.mrc|xml    a content folder `fihris build` reads
 *   truth.tsv     one line per source record: library, file, record number, 001, edition id
 *   manifest.json seed, counts per library: what the benchmark and the tests check against
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchLibraries, benchLibraryYaml, type DumpFormat } from './consortium-libraries.ts';
import { openBufferedFile, openDumpSink, type DumpSink } from './dump-sink.ts';
import { createEdition } from './editions.ts';
import { holderCount, pickHolders } from './holders.ts';
import { createLexicon } from './lexicon.ts';
import { libraryRecord } from './library-record.ts';
import { seededDraw } from '../shared/seeded-random.ts';

/** Bump when the output changes for the same seed and N: cached consortia are then rebuilt. */
export const generatorVersion = 2;

export interface GenerateOptions {
  /** Union records (editions) to generate. */
  editions: number;
  outDir: string;
  seed: string;
  onProgress?: (editionsDone: number) => void;
}

export interface ConsortiumManifest {
  generatorVersion: number;
  seed: string;
  editions: number;
  sourceRecords: number;
  libraries: Array<{ code: string; format: DumpFormat; file: string; records: number }>;
}

export function generateConsortium(options: GenerateOptions): ConsortiumManifest {
  rmSync(options.outDir, { recursive: true, force: true });
  const lexicon = createLexicon(options.seed);
  const sinks = new Map<string, DumpSink>();
  const counts = new Map<string, number>(benchLibraries.map((library) => [library.code, 0]));
  for (const library of benchLibraries) {
    const dir = join(options.outDir, 'libraries', library.code);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'library.yml'), benchLibraryYaml(library));
    sinks.set(library.code, openDumpSink(join(dir, library.file), library.format));
  }
  const truth = openBufferedFile(join(options.outDir, 'truth.tsv'));
  truth.push('libraryCode\tfile\trecordNumber\tcontrolNumber\teditionId\n');
  for (let n = 0; n < options.editions; n++) {
    const edition = createEdition(options.seed, n, lexicon);
    const draw = seededDraw(`${options.seed}:holders:${n}`);
    for (const library of pickHolders(draw, benchLibraries, holderCount(draw))) {
      const sequence = counts.get(library.code)! + 1;
      counts.set(library.code, sequence);
      const record = libraryRecord(edition, library, sequence, draw);
      sinks.get(library.code)!.write(record);
      const controlNumber = record.fields[0] && 'value' in record.fields[0] ? record.fields[0].value : '';
      truth.push(`${library.code}\tlibraries/${library.code}/${library.file}\t${sequence}\t${controlNumber}\t${edition.id}\n`);
    }
    if ((n + 1) % 50_000 === 0) options.onProgress?.(n + 1);
  }
  for (const sink of sinks.values()) sink.close();
  truth.close();
  const manifest: ConsortiumManifest = {
    generatorVersion,
    seed: options.seed,
    editions: options.editions,
    sourceRecords: [...counts.values()].reduce((a, b) => a + b, 0),
    libraries: benchLibraries.map(({ code, format, file }) => ({ code, format, file, records: counts.get(code)! })),
  };
  writeFileSync(join(options.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}
