import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import { loadLibraryProfile } from '../../../src/ingest/profile/load-library-profile.ts';

const validProfile = `code: nizwa-public
name: { ar: "مكتبة نزوى العامة", en: "Nizwa Public Library" }
city: { ar: "نزوى", en: "Nizwa" }
coordinates: { lat: 22.93, lon: 57.53 }
interlibraryLoan: { email: ill@nizwa.example.om }
files: [{ path: catalogue.mrc }]
`;

async function libraryFolder(code: string, profile?: string): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'fihris-profile-')), code);
  await mkdir(dir);
  if (profile !== undefined) await writeFile(join(dir, 'library.yml'), profile);
  return dir;
}

describe('loadLibraryProfile', () => {
  test('reads a valid profile', async () => {
    const loaded = await loadLibraryProfile(await libraryFolder('nizwa-public', validProfile), 'libraries/nizwa-public');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.profile?.name.en).toBe('Nizwa Public Library');
    expect(loaded.profile?.files[0]).toEqual({ path: 'catalogue.mrc', encoding: 'auto' });
  });

  test('reports a missing library.yml', async () => {
    const loaded = await loadLibraryProfile(await libraryFolder('nizwa-public'), 'libraries/nizwa-public');
    expect(loaded.profile).toBeUndefined();
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['profile.missing']);
  });

  test('names the broken field and shows a valid example, in Arabic and English', async () => {
    const broken = validProfile.replace('lat: 22.93', 'lat: 122.93');
    const loaded = await loadLibraryProfile(await libraryFolder('nizwa-public', broken), 'libraries/nizwa-public');
    expect(loaded.profile).toBeUndefined();
    const [diagnostic] = loaded.diagnostics;
    expect(diagnostic.file).toBe('libraries/nizwa-public/library.yml');
    expect(describeDiagnostic(diagnostic, 'en')).toEqual({
      message: 'library.yml: the field "coordinates.lat" is not valid: Too big: expected number to be <=90',
      advice: 'Correct "coordinates.lat". A valid example: coordinates: { lat: 22.9333, lon: 57.5333 }',
    });
    expect(describeDiagnostic(diagnostic, 'ar').message).toBe('library.yml: الحقل «coordinates.lat» غير صحيح: القيمة أكبر من المسموح (90)');
  });

  test('reports YAML that does not parse', async () => {
    const loaded = await loadLibraryProfile(await libraryFolder('nizwa-public', 'code: [unclosed'), 'libraries/nizwa-public');
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['profile.unreadable-yaml']);
  });

  test('reports a code that differs from the folder name', async () => {
    const loaded = await loadLibraryProfile(await libraryFolder('sohar', validProfile), 'libraries/sohar');
    expect(loaded.diagnostics.map((d) => [d.code, d.params])).toEqual([['profile.code-mismatch', { code: 'nizwa-public', folder: 'sohar' }]]);
  });
});

describe('profile errors in Arabic', () => {
  test.each([
    ['code: Nizwa Public', 'code', 'حروف لاتينية صغيرة وأرقام وشرطات، مثل squ-main'],
    ['interlibraryLoan: {}', 'interlibraryLoan', 'اذكر بريدًا إلكترونيًا (email) أو رابط نموذج (formUrl)'],
    ['interlibraryLoan: { email: not-an-address }', 'interlibraryLoan.email', 'ليس عنوان بريد إلكتروني صحيحًا'],
    ['website: ftp://library.example.om/', 'website', 'ليس رابطًا صحيحًا يبدأ بـ http:// أو https://'],
  ])('explains %j in Arabic', async (line, field, reasonAr) => {
    const key = line.split(':')[0];
    const profile = validProfile.split('\n').filter((l) => !l.startsWith(`${key}:`)).join('\n') + `${line}\n`;
    const loaded = await loadLibraryProfile(await libraryFolder('nizwa-public', profile), 'libraries/nizwa-public');
    const diagnostic = loaded.diagnostics.find((d) => d.params?.field === field);
    expect(diagnostic && describeDiagnostic(diagnostic, 'ar').message).toBe(`library.yml: الحقل «${field}» غير صحيح: ${reasonAr}`);
  });
});
