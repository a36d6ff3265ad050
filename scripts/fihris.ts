#!/usr/bin/env node
/**
 * fihris: the command line. Each subcommand lives in scripts/commands/ and only parses
 * arguments, calls src/, prints and returns an exit code:
 *   0 done, 1 the data has errors, 2 wrong usage, 3 the tool itself failed.
 */
import { runBuild } from './commands/build.ts';
import { runConvert } from './commands/convert.ts';
import { runServe } from './commands/serve.ts';
import { runSnapshot } from './commands/snapshot.ts';
import { runValidate } from './commands/validate.ts';
import { runVerifySnapshot } from './commands/verify-snapshot.ts';
import { runValidatePr } from './commands/validate-pr.ts';

const commands: Record<string, { run: (args: string[]) => Promise<number>; summary: string }> = {
  build: { run: runBuild, summary: 'build the whole site from a content folder' },
  convert: { run: runConvert, summary: 'convert MARC files of any supported kind to Unicode MARCXML, MRK or JSON' },
  validate: { run: runValidate, summary: 'check a library folder; exit 1 when it has errors' },
  'validate-pr': { run: runValidatePr, summary: 'check a pull request\'s library folders against its base branch' },
  serve: { run: runServe, summary: 'serve a built site on 127.0.0.1' },
  snapshot: { run: runSnapshot, summary: 'build a self-contained archival bundle with a manifest and a .tar.gz' },
  'verify-snapshot': { run: runVerifySnapshot, summary: 'check a snapshot folder or .tar.gz against its manifest; exit 1 on any problem' },
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
  process.exitCode = await command.run(args);
} catch (error) {
  process.stderr.write(`fihris ${name}: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 3;
}
