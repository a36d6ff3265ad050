/** The third-party samples (../shared/samples, never copied into the repository) and how they are grouped. */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const samplesDir = resolve(import.meta.dirname, '../../../shared/samples');
export const haveSamples = existsSync(samplesDir);

/** Every ISO 2709 sample, by its path under the samples folder. */
export const isoFiles: string[] = haveSamples
  ? readdirSync(samplesDir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(mrc|usmarc|dat|marc)$/.test(name)).sort()
  : [];

export const samplePath = (file: string) => resolve(samplesDir, file);

/** Files the proof must compare with each oracle (issue 3 and its brief name them). */
export const namedFiles = {
  both: [
    'yaz/marc9.marc', 'marc4j/brkrtest.mrc', 'marc4j/brkrtest_UTF8.mrc', 'openlibrary/880_arabic_french_many_linkages.mrc',
    'marc4js/utf8_only.mrc', 'marc4js/marc8_utf8_mixed.mrc', 'pymarc/marc8.dat', 'MARC-Record/camel.usmarc',
    'pymarc/regression45.dat', 'marc4j/pride-and-prejudice-fixed.mrc',
  ],
  // yaz complains about marc1.marc (danMARC, 3 indicators), so only MARC::Record compares it.
  marcCharsetOnly: ['yaz/marc1.marc'],
};

/**
 * The malformed samples of issue 3, ISO 2709 and text formats: converting them must end (exit 0
 * or 1) in bounded time, with every record either converted or rejected.
 */
export const malformedFiles: string[] = [
  'marc4j/bad-characters-in-various-fields.mrc', 'marc4j/bad_hathi_records.mrc', 'marc4j/bad_leaders_10_11.mrc',
  'marc4j/bad_oversize_field_bad_directory.mrc', 'marc4j/bad_too_long_plus_2.mrc', 'marc4j/pride-and-prejudice-with-many-errors.mrc',
  'marc4j/chabon-missing-datafield-tag.xml', 'marc4j/chabon-missing-subfield-code.xml', 'marc4j/cruel-cruel-indicatorless-summerland.xml',
  'marc4j/illegal-marc-in-json.json',
  'File_MARC/bad_example.mrc', 'File_MARC/bad_example2.mrc', 'File_MARC/wronglen.mrc', 'File_MARC/bad_leader.xml',
  'MARC-Record/baddir.usmarc', 'MARC-Record/badind.usmarc', 'MARC-Record/badldr.usmarc', 'MARC-Record/cameleof.usmarc',
  'pymarc/bad_eacc_encoding.dat', 'pymarc/bad_indicator.dat', 'pymarc/bad_marc8_escape.dat', 'pymarc/bad_records.mrc',
  'pymarc/bad_subfield_code.dat', 'pymarc/bad_tag.xml', 'pymarc/utf8_errors.dat', 'pymarc/utf8_invalid.mrc',
  'ruby-marc/cp866_multirecord.marc', 'ruby-marc/escaped_character_reference.marc8.marc', 'ruby-marc/marc_with_bad_utf8.utf8.marc',
  'ruby-marc/messed_up_leader.xml', 'ruby-marc/non-numeric.dat', 'ruby-marc/three-records-second-bad.xml',
  'ruby-marc/utf8_with_bad_bytes.marc',
];
