import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import { checkLibraryFiles, isInsideFolder } from '../../../src/ingest/profile/check-library-files.ts';
import { loadLibraryProfile } from '../../../src/ingest/profile/load-library-profile.ts';
import { libraryProfileSchema } from '../../../src/shared/library-profile.ts';
import { fixturesDir } from './fixture-repository.ts';

let content: string;
let libraryDir: string;
beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'fihris-profile-'));
  libraryDir = join(content, 'libraries', 'nizwa-public');
  await mkdir(join(libraryDir, 'dumps'), { recursive: true });
  await mkdir(join(content, 'libraries', 'sohar-college'), { recursive: true });
  await writeFile(join(libraryDir, 'catalogue.mrc'), '');
  await writeFile(join(libraryDir, 'dumps', 'part-1.mrc.gz'), '');
  await writeFile(join(content, 'libraries', 'sohar-college', 'catalogue.mrc'), '');
  await symlink('../sohar-college/catalogue.mrc', join(libraryDir, 'link-out.mrc'));
  await symlink('catalogue.mrc', join(libraryDir, 'link-in.mrc'));
  await symlink('../sohar-college', join(libraryDir, 'folder-out'));
});
afterAll(() => rm(content, { recursive: true, force: true }));

describe('isInsideFolder', () => {
  test.each([
    { given: 'catalogue.mrc', want: true },
    { given: 'dumps/part-1.mrc.gz', want: true },
    { given: './catalogue.mrc', want: true },
    { given: 'dumps/../catalogue.mrc', want: true },
    { given: 'link-in.mrc', want: true },
    { given: 'not-there-yet.mrc', want: true },
    { given: '../sohar-college/catalogue.mrc', want: false },
    { given: '..', want: false },
    { given: '.', want: false },
    { given: '/etc/passwd', want: false },
    { given: 'link-out.mrc', want: false },
    { given: 'folder-out/catalogue.mrc', want: false },
  ])('$given inside the folder: $want', async ({ given, want }) => {
    expect(await isInsideFolder(given, libraryDir)).toBe(want);
  });
});

describe('checkLibraryFiles', () => {
  const profile = (paths: string[]) => libraryProfileSchema.parse({
    code: 'nizwa-public', name: { ar: 'ن', en: 'N' }, city: { ar: 'ن', en: 'N' },
    coordinates: { lat: 22.9, lon: 57.5 }, interlibraryLoan: { email: 'ill@example.om' },
    files: paths.map((path) => ({ path })),
  });

  test('reads split and gzipped dumps inside the folder and refuses a file outside it', async () => {
    const checked = await checkLibraryFiles(profile(['catalogue.mrc', 'dumps/part-1.mrc.gz', '../sohar-college/catalogue.mrc']), libraryDir, 'libraries/nizwa-public');
    expect(checked.readable.map((f) => [f.file, f.format])).toEqual([
      ['libraries/nizwa-public/catalogue.mrc', 'iso2709'],
      ['libraries/nizwa-public/dumps/part-1.mrc.gz', 'iso2709'],
    ]);
    expect(checked.diagnostics).toEqual([{
      code: 'profile.file-outside-folder', severity: 'error', libraryCode: 'nizwa-public',
      file: 'libraries/nizwa-public/library.yml', params: { path: '../sohar-college/catalogue.mrc' },
    }]);
  });

  test('refuses a symlink that points into another library\'s folder', async () => {
    const checked = await checkLibraryFiles(profile(['link-out.mrc']), libraryDir, 'libraries/nizwa-public');
    expect(checked.diagnostics.map((d) => d.code)).toEqual(['profile.file-outside-folder']);
  });

  test('says what to do about a file outside the folder, in Arabic and English', () => {
    const diagnostic = { code: 'profile.file-outside-folder', severity: 'error', file: 'libraries/nizwa-public/library.yml', params: { path: '/data/x.mrc' } } as const;
    expect(describeDiagnostic(diagnostic, 'en')).toEqual({
      message: 'library.yml lists the file "/data/x.mrc", which is outside this library\'s folder; it was not read.',
      advice: 'A library lists only files inside its own folder: upload the file into the folder and give its name only, e.g. files: [{ path: catalogue.mrc }]. No "../", no path starting with "/", no link to another folder.',
    });
    expect(describeDiagnostic(diagnostic, 'ar')).toEqual({
      message: 'يذكر ملف library.yml الملف «/data/x.mrc» وهو خارج مجلد هذه المكتبة؛ فلم يُقرأ.',
      advice: 'لا تذكر المكتبة إلا ملفات داخل مجلدها: ارفع الملف إلى المجلد واكتب اسمه وحده، مثل files: [{ path: catalogue.mrc }]. لا تستعمل «../» ولا مسارًا يبدأ بـ«/» ولا رابطًا إلى مجلد آخر.',
    });
  });
});

describe('a broken library.yml', () => {
  test('names the field and shows a valid example, in Arabic and English', async () => {
    const { profile, diagnostics } = await loadLibraryProfile(join(fixturesDir, 'pr-broken-profile/libraries/nizwa-public'), 'libraries/nizwa-public');
    expect(profile).toBeUndefined();
    expect(diagnostics.map((d) => d.params?.field)).toEqual(['coordinates.lon']);
    expect(describeDiagnostic(diagnostics[0], 'en')).toEqual({
      message: 'library.yml: the field "coordinates.lon" is not valid: Invalid input: expected number, received undefined',
      advice: 'Correct "coordinates.lon". A valid example: coordinates: { lat: 22.9333, lon: 57.5333 }',
    });
    expect(describeDiagnostic(diagnostics[0], 'ar').advice).toBe('صحّح «coordinates.lon». مثال صحيح: coordinates: { lat: 22.9333, lon: 57.5333 }');
  });
});
