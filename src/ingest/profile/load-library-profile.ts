/**
 * Reads and checks one library folder's library.yml. A broken profile is a data problem
 * (a librarian wrote it): it becomes diagnostics that name the field and show a valid
 * example, never an exception.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { libraryProfileSchema, type LibraryProfile } from '../../shared/library-profile.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { profileFieldExamples } from './profile-field-examples.ts';
import { profileIssueReason } from './profile-issue-reason.ts';

export interface LoadedProfile {
  /** Undefined when the profile has errors: the library's files are then not read. */
  profile?: LibraryProfile;
  diagnostics: Diagnostic[];
}

export async function loadLibraryProfile(libraryDir: string, contentRelativeDir: string): Promise<LoadedProfile> {
  const file = join(contentRelativeDir, 'library.yml');
  const folder = basename(libraryDir);
  const text = await readFile(join(libraryDir, 'library.yml'), 'utf8').catch(() => undefined);
  if (text === undefined) return { diagnostics: [{ code: 'profile.missing', severity: 'error', libraryCode: folder, file }] };

  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { diagnostics: [{ code: 'profile.unreadable-yaml', severity: 'error', libraryCode: folder, file, params: { reason } }] };
  }

  const parsed = libraryProfileSchema.safeParse(data);
  if (!parsed.success) {
    return { diagnostics: parsed.error.issues.map((issue) => invalidFieldDiagnostic(issue, folder, file)) };
  }
  if (parsed.data.code !== folder) {
    return {
      diagnostics: [{ code: 'profile.code-mismatch', severity: 'error', libraryCode: folder, file, params: { code: parsed.data.code, folder } }],
    };
  }
  return { profile: parsed.data, diagnostics: [] };
}

function invalidFieldDiagnostic(issue: z.core.$ZodIssue, folder: string, file: string): Diagnostic {
  const field = issue.path.map(String).join('.') || '(top level)';
  const topField = String(issue.path[0] ?? '');
  const reason = profileIssueReason(issue);
  return {
    code: 'profile.invalid-field',
    severity: 'error',
    libraryCode: folder,
    file,
    params: { field, reason: reason.en, reasonAr: reason.ar, example: profileFieldExamples[topField] ?? profileFieldExamples.code },
  };
}
