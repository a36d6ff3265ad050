/** The conformance suite every library folder in content/ passes (one suite, every profile). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { libraryProfileSchema } from '../../../src/shared/library-profile.ts';

const librariesDir = fileURLToPath(new URL('../../../content/libraries/', import.meta.url));
const truthPath = fileURLToPath(new URL('../../fixtures/clusters/sample-truth.json', import.meta.url));
const codes = readdirSync(librariesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

interface TruthRecord { libraryCode: string; file: string; recordNumber: number; controlNumber: string; editionKey: string; defect?: string }
const truth: TruthRecord[] = JSON.parse(readFileSync(truthPath, 'utf8')).records;

describe('the sample consortium', () => {
  it('has at least seven libraries and a few hundred records', () => {
    expect(codes.length).toBeGreaterThanOrEqual(7);
    expect(truth.length).toBeGreaterThanOrEqual(350);
    expect(truth.length).toBeLessThanOrEqual(450);
  });

  it('has editions held by several libraries, for the merge to find', () => {
    const holders = new Map<string, Set<string>>();
    for (const t of truth) holders.set(t.editionKey, (holders.get(t.editionKey) ?? new Set()).add(t.libraryCode));
    expect([...holders.values()].filter((s) => s.size >= 3).length).toBeGreaterThanOrEqual(20);
  });
});

describe.each(codes)('library %s', (code) => {
  const folder = join(librariesDir, code);
  const profile = parse(readFileSync(join(folder, 'library.yml'), 'utf8'));

  it('has a library.yml that passes the profile schema', () => {
    const result = libraryProfileSchema.safeParse(profile);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('is named after its folder', () => {
    expect(profile.code).toBe(code);
  });

  it('lists only files that exist in its folder', () => {
    for (const file of profile.files) expect(existsSync(join(folder, file.path)), file.path).toBe(true);
  });

  it('has every listed file in the ground truth, with unique record numbers', () => {
    for (const file of profile.files) {
      const numbers = truth.filter((t) => t.libraryCode === code && t.file === file.path).map((t) => t.recordNumber);
      expect(numbers.length, file.path).toBeGreaterThan(0);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });
});
