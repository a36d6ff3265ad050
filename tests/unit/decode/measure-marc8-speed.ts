/**
 * Not a test: measures decodeMarc8 on 100,000 MARC-8 Arabic subfield values.
 *   node tests/unit/decode/measure-marc8-speed.ts
 */
import { decodeMarc8 } from '../../../src/ingest/decode/marc8-decoder.ts';
import { encodeMarc8 } from '../../../src/ingest/emit/marc8-encoder.ts';

const phrases = ['قضاء الأسرة : مجلة متخصصة /', 'جمعية نشر المعلومة القانونية والقضائية،', 'كتاب البخلاء / تحقيق طه الحاجري.', 'الرباط : دار الأمان، ٢٠٠٥.', 'تاريخ عُمان في العصور الإسلامية'];
const values = Array.from({ length: 100_000 }, (_, i) => encodeMarc8(`${phrases[i % phrases.length]} ${i}`));
const megabytes = values.reduce((sum, value) => sum + value.length, 0) / 1e6;

decodeMarc8(values[0]);
const start = performance.now();
let characters = 0;
for (const value of values) characters += decodeMarc8(value).text.length;
const seconds = (performance.now() - start) / 1000;
console.log(`${values.length} Arabic fields, ${megabytes.toFixed(2)} MB MARC-8, ${characters} characters out: ${seconds.toFixed(2)} s`);
console.log(`${Math.round(values.length / seconds)} fields/s, ${(megabytes / seconds).toFixed(1)} MB/s`);
