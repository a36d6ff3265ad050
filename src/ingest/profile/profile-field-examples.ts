/** A valid example of each top-level library.yml field, shown in diagnostics. */
export const profileFieldExamples: Record<string, string> = {
  code: 'code: nizwa-public',
  name: 'name: { ar: "مكتبة نزوى العامة", en: "Nizwa Public Library" }',
  city: 'city: { ar: "نزوى", en: "Nizwa" }',
  country: 'country: OM',
  coordinates: 'coordinates: { lat: 22.9333, lon: 57.5333 }',
  website: 'website: https://library.example.om/',
  opacUrlTemplate: 'opacUrlTemplate: https://opac.example.om/cgi-bin/koha/opac-detail.pl?biblionumber={controlNumber}',
  interlibraryLoan: 'interlibraryLoan: { email: ill@library.example.om }',
  files: 'files: [{ path: catalogue.mrc }]',
  holdings: 'holdings: { tag: "999", branch: "b", callNumber: "c", barcode: "p" }',
};
