/**
 * Where a Dewey number sits in the conspectus: its main class (hundred) and division (ten).
 * Arabic catalogues often write the number in Arabic-Indic digits, and some wrap it in
 * brackets or prefix a collection letter; only the first three digits decide the class.
 */

export interface DeweyPlace {
  /** Main class, e.g. "200". */
  hundred: string;
  /** Division, e.g. "290". */
  ten: string;
}

const arabicIndic = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * The class and division of a Dewey number, or undefined when it does not start with three digits.
 * @example deweyPlace('297.1') // { hundred: '200', ten: '290' }
 * @example deweyPlace('٨٩٢٫٧') // { hundred: '800', ten: '890' }
 */
export function deweyPlace(value: string): DeweyPlace | undefined {
  const latin = value.replace(arabicIndic, (digit) => String(digit.charCodeAt(0) & 0xf));
  const match = /^[\s[(]*([0-9])([0-9])([0-9])/.exec(latin);
  if (!match) return undefined;
  return { hundred: `${match[1]}00`, ten: `${match[1]}${match[2]}0` };
}

/** The ten main classes, in order. */
export const deweyHundreds = ['000', '100', '200', '300', '400', '500', '600', '700', '800', '900'];

/** The hundred divisions, in order. */
export const deweyTens = deweyHundreds.flatMap((hundred) =>
  Array.from({ length: 10 }, (_, i) => `${hundred[0]}${i}0`));
