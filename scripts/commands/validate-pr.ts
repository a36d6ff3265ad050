import { summaryMarkdown } from '../../src/contribution/summary-markdown.ts';
import { GitError } from '../../src/contribution/git-commands.ts';
import { reportExitCode } from '../../src/contribution/pull-request-report.ts';
import { validatePullRequest } from '../../src/contribution/validate-pull-request.ts';
import { writeSummary } from '../../src/contribution/write-summary.ts';
import { parseCommandLine } from './parse-command-line.ts';

const help = `fihris validate-pr --base REF [--summary FILE]

Checks what a pull request does to the catalogue. Run it in the repository, with the
pull request checked out. For each library folder under content/libraries/ changed
between REF and HEAD: records added, removed and changed, union records affected, the
diagnostics the change brings in (with what to do), and a check that the folder's files
give records of that library only. Other changes under content/ are listed for a maintainer.

  --base REF       the branch the pull request goes into, e.g. origin/main   (required)
  --summary FILE   write the Markdown summary to FILE (default: $GITHUB_STEP_SUMMARY
                   when set); it is always printed too

Exit codes: 0 no errors (warnings allowed), 1 a changed library has errors or records
from outside its folder, 2 wrong usage or REF not found, 3 the tool failed.
`;

export async function runValidatePr(args: string[]): Promise<number> {
  const command = parseCommandLine(args, { base: { type: 'string' }, summary: { type: 'string' } }, help, false);
  if (!command.parsed) return command.exitCode;
  const { values } = command.parsed;
  if (!values.base) {
    process.stderr.write(`Give the base branch: --base origin/main\n\n${help}`);
    return 2;
  }
  try {
    const report = await validatePullRequest({ repoDir: process.cwd(), base: values.base, log: (line) => process.stderr.write(`${line}\n`) });
    const markdown = summaryMarkdown(report);
    process.stdout.write(markdown);
    await writeSummary(markdown, values.summary);
    return reportExitCode(report);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}
