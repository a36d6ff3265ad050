import { describe, expect, it } from 'vitest';
import { recordJsonLd, serialiseJsonLd } from '../../../src/site/json-ld.ts';
import { loadSiteData } from '../../../src/site/site-data.ts';

const data = loadSiteData('tests/fixtures/site');
const record = data.records.find((r) => r.id === 'a1b2c3')!;

describe('serialiseJsonLd', () => {
  it('escapes "<" so "</script>" in a title cannot end the element', () => {
    const text = serialiseJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });

  it('escapes the line separators and "&", and still parses to the same value', () => {
    const value = { name: 'a\u2028b\u2029c & <!--' };
    expect(serialiseJsonLd(value)).toBe('{"name":"a\\u2028b\\u2029c \\u0026 \\u003c!--"}');
    expect(JSON.parse(serialiseJsonLd(value))).toEqual(value);
  });

  it('drops empty lists', () => {
    expect(serialiseJsonLd({ isbn: [], name: 'x' })).toBe('{"name":"x"}');
  });
});

describe('recordJsonLd', () => {
  it('describes a book with each holding library as a Library with its place', () => {
    const library = data.libraryByCode.get('squ-main')!;
    const ld = recordJsonLd(record, [library], 'https://x.om/r/a1b2c3.html');
    expect(ld['@type']).toBe('Book');
    expect(ld.isbn).toEqual(['9789948000001']);
    expect(ld.offers).toEqual([expect.objectContaining({
      offeredBy: expect.objectContaining({ '@type': 'Library', geo: { '@type': 'GeoCoordinates', latitude: library.coordinates.lat, longitude: library.coordinates.lon } }),
    })]);
  });
});
