import type { LibraryChange } from './library-change.ts';

/** Everything `fihris validate-pr` found, ready to be written as a summary. */
export interface PullRequestReport {
  /** The git ref the pull request is compared against, e.g. origin/main. */
  base: string;
  libraries: LibraryChange[];
  /** Changed paths under content/ outside any library folder, or removed library folders. */
  needsMaintainer: string[];
}

/** 1 when any changed library has errors or fails the ownership check; 0 otherwise (warnings allowed). */
export function reportExitCode(report: PullRequestReport): 0 | 1 {
  return report.libraries.some((library) => library.fails) ? 1 : 0;
}
