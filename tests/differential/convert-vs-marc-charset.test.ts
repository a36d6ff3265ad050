/**
 * Issue 3's proof against MARC::Record + MARC::Charset (perl, Debian libmarc-record-perl and
 * libmarc-charset-perl, the best MARC-8 oracle): every ISO 2709 sample MARC::Record reads
 * without a structural warning converts to the same fields, MARC-8 decoded by marc8_to_utf8,
 * except for the differences listed in deliberate-differences.ts.
 */
import { describe } from 'vitest';
import { defineDifferentialSuite, namedFor } from './convert-vs-reference-tools.ts';
import { haveMarcCharset } from './reference-tools.ts';
import { haveSamples } from './sample-files.ts';

describe.skipIf(!haveSamples || !haveMarcCharset)('fihris convert --to marcxml against MARC::Record + MARC::Charset', () => {
  defineDifferentialSuite('marc-charset', namedFor('marc-charset'));
});
