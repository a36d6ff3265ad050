/**
 * Relators ($e term, $4 code; $j term for meetings) as a coarse role. The relator itself is kept
 * as catalogued in Name.relator; the role is what the site groups and labels by.
 */

// MARC relator codes (https://id.loc.gov/vocabulary/relators) we distinguish; others become "contributor".
const roleByCode: Record<string, string> = {
  aut: 'author', cre: 'author', edt: 'editor', trl: 'translator', ill: 'illustrator',
  cwt: 'commentator', com: 'compiler', win: 'introduction', aui: 'introduction', rev: 'reviewer',
};

// Terms as Arabic and English cataloguers write them, normalised (see normaliseTerm).
const roleByTerm: Record<string, string> = {
  author: 'author', editor: 'editor', ed: 'editor', translator: 'translator', tr: 'translator',
  illustrator: 'illustrator', ill: 'illustrator', commentator: 'commentator', compiler: 'compiler',
  'مولف': 'author', 'تاليف': 'author', 'محقق': 'editor', 'تحقيق': 'editor', 'محرر': 'editor',
  'تحرير': 'editor', 'مترجم': 'translator', 'ترجمه': 'translator', 'رسام': 'illustrator',
  'رسوم': 'illustrator', 'شارح': 'commentator', 'شرح': 'commentator', 'جامع': 'compiler',
  'جمع': 'compiler', 'اعداد': 'compiler', 'معد': 'compiler', 'مقدم': 'introduction',
  'تقديم': 'introduction', 'مراجع': 'reviewer', 'مراجعه': 'reviewer',
};

function normaliseTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/[.,،:;؛()[\]]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/ة/g, 'ه')
    .trim();
}

/** The coarse role for a name, from its relator terms and codes; `fallback` when none is known. */
export function roleFromRelators(terms: string[], codes: string[], fallback: string): string {
  for (const code of codes) {
    const role = roleByCode[code.trim().toLowerCase().replace(/\.$/, '')];
    if (role) return role;
  }
  for (const term of terms) {
    const role = roleByTerm[normaliseTerm(term)];
    if (role) return role;
  }
  return terms.length > 0 || codes.length > 0 ? 'contributor' : fallback;
}
