/**
 * The differential suite, the same for each oracle: one test per sample file, one for the
 * named files, one against a stale list of deliberate differences, and a printed tally.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compareWithTool, type ToolComparison } from './compare-with-tool.ts';
import { deliberateDifferences, type Tool } from './deliberate-differences.ts';
import { isoFiles, namedFiles } from './sample-files.ts';

export function defineDifferentialSuite(tool: Tool, named: string[]): void {
  let comparison: ToolComparison;
  beforeAll(async () => {
    comparison = await compareWithTool(tool, isoFiles);
  }, 180_000);

  it('converts every ISO 2709 sample in one run of the real command line, which ends with exit 0 or 1', () => {
    expect(comparison.run.timedOut).toBe(false);
    expect([0, 1]).toContain(comparison.run.exitCode);
    expect(comparison.run.recordsByFile?.size).toBe(isoFiles.length);
  });

  it(`compares the files issue 3 names (${named.length}), each read cleanly by ${tool}`, () => {
    const skipped = named.filter((file) => comparison.files.get(file)?.skipped !== undefined);
    expect(skipped).toEqual([]);
    expect(named.every((file) => (comparison.files.get(file)?.records ?? 0) > 0)).toBe(true);
  });

  it.for(isoFiles)(`agrees with ${tool} field by field on %s, apart from the deliberate differences`, (file, context) => {
    const result = comparison.files.get(file)!;
    if (result.skipped) context.skip(result.skipped);
    expect(result.unexplained).toEqual([]);
  });

  it(`needs every deliberate difference listed for ${tool} (none is stale)`, () => {
    const used = new Set([...comparison.files.values()].flatMap((file) => file.deliberate.map((d) => d.rule)));
    const stale = deliberateDifferences.filter((rule) => rule.tools.includes(tool) && !used.has(rule.id)).map((rule) => rule.id);
    expect(stale).toEqual([]);
  });

  afterAll(() => {
    if (!comparison) return;
    const compared = [...comparison.files.values()].filter((file) => !file.skipped);
    const sum = (pick: (f: (typeof compared)[number]) => number) => compared.reduce((total, file) => total + pick(file), 0);
    const byRule = new Map<string, number>();
    for (const { rule } of compared.flatMap((file) => file.deliberate)) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    console.log([
      `fihris convert vs ${tool}: ${compared.length} files compared, ${comparison.files.size - compared.length} not`,
      `records agreed ${sum((f) => f.agreedRecords)}/${sum((f) => f.records)}, fields agreed ${sum((f) => f.agreedFields)}/${sum((f) => f.fields)}`,
      `deliberate differences: ${[...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ') || 'none'}`,
      `compared: ${compared.map((f) => f.file).join(' ')}`,
    ].join('\n'));
  });
}

export const namedFor = (tool: Tool) => (tool === 'yaz' ? namedFiles.both : [...namedFiles.both, ...namedFiles.marcCharsetOnly]);
