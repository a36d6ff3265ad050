/**
 * The facet controls (language, format, years, subject), added to the search form by the
 * island: facets need the index, and the index needs JavaScript, so a reader without it is
 * not shown controls that cannot work. Plain form controls with labels: keyboard and screen
 * readers get them for free; they wrap on a 320 px screen (flex-wrap in the form's CSS).
 */
import type { Lang } from '../../shared/i18n/languages.ts';
import { searchText, type SearchStringKey } from '../../shared/i18n/search-strings.ts';
import type { SearchState } from './search-url.ts';

const formats = ['book', 'serial', 'map', 'music', 'video', 'manuscript', 'other'];

export type FacetField = 'language' | 'format' | 'from' | 'to' | 'subject';
export type FacetControls = Record<FacetField, HTMLInputElement | HTMLSelectElement>;

/** `languageNames`: MARC code → name in `lang`, in offering order (facetLanguageNames(), at build time). */
export function addFacetControls(form: HTMLFormElement, lang: Lang, initial: SearchState, languageNames: Record<string, string>): FacetControls {
  const box = document.createElement('details');
  box.className = 'search-facets';
  box.dataset.facets = '';
  box.append(Object.assign(document.createElement('summary'), { textContent: searchText(lang, 'search.refine') }));
  const controls: FacetControls = {
    language: select('lang', searchText(lang, 'search.language'), searchText(lang, 'search.anyLanguage'),
      Object.entries(languageNames)),
    format: select('format', searchText(lang, 'search.format'), searchText(lang, 'search.anyFormat'),
      formats.map((format) => [format, searchText(lang, `search.format.${format}` as SearchStringKey)])),
    from: input('from', searchText(lang, 'search.yearFrom'), 'number'),
    to: input('to', searchText(lang, 'search.yearTo'), 'number'),
    subject: input('subject', searchText(lang, 'search.subject'), 'text'),
  };
  for (const field of Object.keys(controls) as FacetField[]) {
    const control = controls[field];
    control.value = initial[field];
    const label = Object.assign(document.createElement('label'), { textContent: control.dataset.label ?? '' });
    label.append(control);
    box.append(label);
  }
  box.open = (Object.keys(controls) as FacetField[]).some((field) => initial[field] !== '');
  form.append(box);
  return controls;
}

function select(name: string, label: string, anyText: string, options: [string, string][]): HTMLSelectElement {
  const element = Object.assign(document.createElement('select'), { name });
  element.dataset.label = label;
  element.append(new Option(anyText, ''), ...options.map(([value, text]) => new Option(text, value)));
  return element;
}

function input(name: string, label: string, type: 'number' | 'text'): HTMLInputElement {
  const element = Object.assign(document.createElement('input'), { name, type, dir: 'auto' });
  element.dataset.label = label;
  if (type === 'number') Object.assign(element, { min: '1000', max: '2999', inputMode: 'numeric' });
  return element;
}
