/**
 * Languages: 008/35-37 and 041 $a, as MARC three-letter codes, deduplicated.
 */
import { controlField, dataFields, subfieldValues, type MarcRecord } from '../marc/marc-record.ts';
import { modelProblem, type ModelProblem, type WithProblems } from './model-problem.ts';

// Blank and fill characters mean "not coded"; "und" (undetermined) says nothing a reader can filter on.
const notCoded = /^(?:[\s|#^]*|und)$/i;

export function extractLanguages(record: MarcRecord): WithProblems<string[]> {
  const fixed = controlField(record, '008');
  const candidates = [
    ...(fixed && fixed.length >= 38 ? [{ tag: '008', code: fixed.slice(35, 38) }] : []),
    ...dataFields(record, '041').flatMap((field) =>
      subfieldValues(field, 'a').flatMap(splitRun).map((code) => ({ tag: '041', code }))),
  ];
  const languages = new Set<string>();
  const problems: ModelProblem[] = [];
  for (const { tag, code } of candidates) {
    const trimmed = code.trim();
    if (notCoded.test(trimmed)) continue;
    if (/^[a-z]{3}$/i.test(trimmed)) languages.add(trimmed.toLowerCase());
    else problems.push(modelProblem('model.invalid-language', tag, { code: trimmed }));
  }
  return { value: [...languages], problems };
}

/** Older records run several codes together in one 041 $a: "arafre" is "ara" and "fre". */
function splitRun(value: string): string[] {
  const trimmed = value.trim();
  return /^[a-z]{6,}$/i.test(trimmed) && trimmed.length % 3 === 0 ? trimmed.match(/.{3}/g) ?? [] : [trimmed];
}
