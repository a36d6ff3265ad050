/**
 * How a stage child process hands its figures to the runner: one line on stdout, marked so
 * that whatever else the stage prints (Astro, Pagefind) cannot be mistaken for it.
 */
export const resultMarker = 'FIHRIS_BENCH_RESULT ';

export type StageFigures = Record<string, number | string | boolean | null>;

/** Prints the figures plus the process's own peak RSS (MiB), as the last thing it does. */
export function reportStage(figures: StageFigures): void {
  const ownPeakMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`\n${resultMarker}${JSON.stringify({ ...figures, ownPeakMiB })}\n`);
}

/** The figures in a child's stdout, or undefined when it printed none. */
export function parseStageFigures(stdout: string): StageFigures | undefined {
  const line = stdout.split('\n').reverse().find((l) => l.startsWith(resultMarker));
  return line ? JSON.parse(line.slice(resultMarker.length)) : undefined;
}

export function seconds(since: number): number {
  return Math.round((performance.now() - since) / 10) / 100;
}
