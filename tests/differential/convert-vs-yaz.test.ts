/**
 * Issue 3's proof against yaz-marcdump (Debian yaz): every ISO 2709 sample yaz reads without a
 * complaint converts to the same MARCXML as `yaz-marcdump -i marc -o marcxml -f MARC-8 -t UTF-8`,
 * field by field, except for the differences listed in deliberate-differences.ts.
 */
import { describe } from 'vitest';
import { defineDifferentialSuite, namedFor } from './convert-vs-reference-tools.ts';
import { haveYaz } from './reference-tools.ts';
import { haveSamples } from './sample-files.ts';

describe.skipIf(!haveSamples || !haveYaz)('fihris convert --to marcxml against yaz-marcdump', () => {
  defineDifferentialSuite('yaz', namedFor('yaz'));
});
