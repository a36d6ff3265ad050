import { writeFile } from 'node:fs/promises';
import { diagnosticJsonLines, diagnosticSummary } from '../../src/ingest/emit/diagnostics-report.ts';
import { checkLibraryFolder } from '../../src/ingest/pipeline.ts';
import { parseCommandLine } from './parse-command-line.ts';

const help = `fihris validate DIR [--report FILE] [--lang ar|en]

Checks one library folder (content/libraries/<code>): its library.yml and every
catalogue file it lists, through every stage up to merging. Prints how many records
were read, accepted and rejected, and each kind of problem with examples and what to do.

  --report FILE   also write every diagnostic as JSON lines to FILE
  --lang ar|en    language of the summary (default: ar, then en)

Exit codes: 0 no errors (warnings allowed), 1 the folder has errors, 2 wrong usage.
`;

export async function runValidate(args: string[]): Promise<number> {
  const command = parseCommandLine(args, { report: { type: 'string' }, lang: { type: 'string' } }, help, true);
  if (!command.parsed) return command.exitCode;
  const { values, positionals } = command.parsed;
  if (positionals.length !== 1) {
    process.stderr.write(`Give exactly one library folder.\n\n${help}`);
    return 2;
  }
  const check = await checkLibraryFolder(positionals[0]);
  const { account, diagnostics } = check;
  const languages = values.lang === 'en' ? ['en'] as const : values.lang === 'ar' ? ['ar'] as const : ['ar', 'en'] as const;
  for (const language of languages) {
    const counts = language === 'ar'
      ? `${account.code}: قُرئت ${account.recordsRead} تسجيلة، قُبلت ${account.recordsAccepted}، رُفضت ${account.recordsRejected}`
      : `${account.code}: read ${account.recordsRead}, accepted ${account.recordsAccepted}, rejected ${account.recordsRejected}`;
    process.stdout.write(`${counts}\n${diagnosticSummary(diagnostics, language)}\n\n`);
  }
  if (values.report) await writeFile(values.report, [...diagnosticJsonLines(diagnostics)].map((line) => `${line}\n`).join(''));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
