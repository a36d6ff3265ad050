import { appendFile, writeFile } from 'node:fs/promises';

/**
 * Writes the summary where it will be read: the given file, else GitHub's job summary
 * ($GITHUB_STEP_SUMMARY, which steps append to), else nowhere (it is printed anyway).
 * Returns where it went.
 */
export async function writeSummary(markdown: string, file: string | undefined, env = process.env): Promise<string | undefined> {
  if (file) {
    await writeFile(file, markdown);
    return file;
  }
  const stepSummary = env.GITHUB_STEP_SUMMARY;
  if (stepSummary) {
    await appendFile(stepSummary, markdown);
    return stepSummary;
  }
  return undefined;
}
