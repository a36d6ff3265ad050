import { isIntact } from '../../src/archive/manifest.ts';
import { verifySnapshot } from '../../src/archive/verify-snapshot.ts';
import { parseCommandLine } from './parse-command-line.ts';

const help = `fihris verify-snapshot DIR|FILE.tar.gz

Checks a snapshot made by \`fihris snapshot\` against its manifest.json: reports every
listed file that is missing or altered (another size or SHA-256) and every file that is
not listed. A .tar.gz is read as it is, without unpacking.

Exit codes: 0 intact, 1 something is missing, altered or unlisted, 2 wrong usage,
3 the check could not run (no manifest, unreadable archive).
`;

export async function runVerifySnapshot(args: string[]): Promise<number> {
  const command = parseCommandLine(args, {}, help, true);
  if (!command.parsed) return command.exitCode;
  const [target, ...extra] = command.parsed.positionals;
  if (!target || extra.length > 0) {
    process.stderr.write(`Give exactly one snapshot folder or .tar.gz file.\n\n${help}`);
    return 2;
  }
  const check = await verifySnapshot(target);
  for (const path of check.missing) process.stdout.write(`missing   ${path}\n`);
  for (const path of check.altered) process.stdout.write(`altered   ${path}\n`);
  for (const path of check.unlisted) process.stdout.write(`unlisted  ${path}\n`);
  const problems = check.missing.length + check.altered.length + check.unlisted.length;
  process.stderr.write(isIntact(check)
    ? `${target}: intact, ${check.checked} files match the manifest.\n`
    : `${target}: ${problems} problem(s): ${check.missing.length} missing, ${check.altered.length} altered, ${check.unlisted.length} unlisted (of ${check.checked} listed files).\n`);
  return isIntact(check) ? 0 : 1;
}
