import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { diagnosticCatalogue } from '../../../src/ingest/diagnostics/diagnostic-catalogue.ts';
import { libraryProfileSchema } from '../../../src/shared/library-profile.ts';
import { fixturesDir } from './fixture-repository.ts';

const guide = await readFile(join(resolve(fixturesDir, '../../..'), 'CONTRIBUTING.md'), 'utf8');

describe('CONTRIBUTING.md', () => {
  const errorCodes = Object.entries(diagnosticCatalogue).filter(([, d]) => d.severity === 'error').map(([code]) => code);

  test.each(errorCodes)('explains the error %s', (code) => {
    expect(guide).toContain(`\`${code}\``);
  });

  test('gives each error\'s advice in Arabic and English, as the report words it', () => {
    for (const code of errorCodes) {
      const { ar, en } = diagnosticCatalogue[code as keyof typeof diagnosticCatalogue];
      expect(guide).toContain(ar.advice.replaceAll('|', '\\|').replaceAll('<', '&lt;'));
      expect(guide).toContain(en.advice.replaceAll('|', '\\|').replaceAll('<', '&lt;'));
    }
  });

  test('has a library.yml example in each language that the profile schema accepts', () => {
    const examples = [...guide.matchAll(/```yaml\n(code: [\s\S]*?)```/g)].map((m) => parseYaml(m[1]));
    expect(examples).toHaveLength(2);
    for (const example of examples) expect(libraryProfileSchema.safeParse(example).error?.issues).toBeUndefined();
  });

  test('states GitHub\'s upload limits that decide when to gzip or split a dump', () => {
    expect(guide).toContain('**25 MB**');
    expect(guide).toContain('**100 MB**');
    expect(guide).toContain('**25 ميغابايت**');
  });
});
