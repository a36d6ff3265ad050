#!/usr/bin/env node
/**
 * fihris: the command line. Each subcommand lives in scripts/commands/ and only parses
 * arguments, calls src/, prints and returns an exit code:
 *   0 done, 1 the data has errors, 2 wrong usage, 3 the tool itself failed.
 */
import { restartWithLargerHeap } from './commands/restart-with-larger-heap.ts';

type Run = (args: string[]) => Promise<number>;

/**
 * Each command is imported only when it runs: `fihris convert` need not load Astro. Those that
 * read whole catalogues (`readsCatalogues`) run with a larger heap than Node's default
 * (src/build/heap-limit.ts).
 */
const commands: Record<string, { load: () => Promise<Run>; summary: string; readsCatalogues?: true }> = {
  build: { load: async () => (await import('./commands/build.ts')).runBuild, summary: 'build the whole site from a content folder', readsCatalogues: true },
  convert: { load: async () => (await import('./commands/convert.ts')).runConvert, summary: 'convert MARC files of any supported kind to Unicode MARCXML, MRK or JSON' },
  validate: { load: async () => (await import('./commands/validate.ts')).runValidate, summary: 'check a library folder; exit 1 when it has errors', readsCatalogues: true },
  'validate-pr': { load: async () => (await import('./commands/validate-pr.ts')).runValidatePr, summary: 'check a pull request\'s library folders against its base branch', readsCatalogues: true },
  serve: { load: async () => (await import('./commands/serve.ts')).runServe, summary: 'serve a built site on 127.0.0.1' },
  snapshot: { load: async () => (await import('./commands/snapshot.ts')).runSnapshot, summary: 'build a self-contained archival bundle with a manifest and a .tar.gz', readsCatalogues: true },
  'verify-snapshot': { load: async () => (await import('./commands/verify-snapshot.ts')).runVerifySnapshot, summary: 'check a snapshot folder or .tar.gz against its manifest; exit 1 on any problem' },
};

const usage = `fihris (فهرس): a static union catalogue for library consortia

Usage: fihris <command> [options]     fihris <command> --help

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(17)}${c.summary}`).join('\n')}
`;

const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h') {
  process.stdout.write(usage);
  process.exit(name ? 0 : 2);
}
const command = commands[name];
if (!command) {
  process.stderr.write(`fihris: unknown command "${name}".\n\n${usage}`);
  process.exit(2);
}
try {
  const restarted = command.readsCatalogues ? restartWithLargerHeap() : undefined;
  process.exitCode = await (restarted ?? (await command.load())(args));
} catch (error) {
  process.stderr.write(`fihris ${name}: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 3;
}
