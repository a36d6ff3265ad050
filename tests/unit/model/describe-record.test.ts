import { describe, expect, it } from 'vitest';
import { bibliographicDescriptionSchema } from '../../../src/shared/catalog-schema.ts';
import { describeRecord } from '../../../src/ingest/model/describe-record.ts';
import { extractHoldings } from '../../../src/ingest/model/holdings.ts';
import { marc } from './build-record.ts';
import { tarikhOman } from './full-record.ts';
import { haveSamples, readIsoSample, readMarcXmlSample } from './sample-records.ts';

describe('describeRecord', () => {
  it('describes a full Omani record as in the golden file', async () => {
    const { description, diagnostics } = describeRecord(tarikhOman);
    const { holdings, problems } = extractHoldings(tarikhOman, 'nlo');
    // Regenerate after a deliberate change with `npx vitest run --project unit tests/unit/model -u`, then review the diff.
    await expect(JSON.stringify({ description, diagnostics, holdings, holdingProblems: problems }, null, 2) + '\n')
      .toMatchFileSnapshot('../../fixtures/model/tarikh-oman.golden.json');
  });

  it('gives a description the catalogue schema accepts', () => {
    const { description } = describeRecord(tarikhOman);
    expect(bibliographicDescriptionSchema.parse(description)).toEqual(description);
  });

  it('gives an empty record a valid description, saying it has no title', () => {
    const { description, diagnostics } = describeRecord(marc({}));
    expect(bibliographicDescriptionSchema.safeParse(description).success).toBe(true);
    expect(description.format).toBe('book');
    expect(diagnostics.map((d) => d.code)).toEqual(['model.missing-title']);
  });

  it('reports an 880 whose partner field is missing, and still uses it', () => {
    const record = marc({ '245': ['10', 'a', 'Tārīkh ʻUmān'], '880': ['1 ', '6', '700-07/(3/r', 'a', 'السيابي، أحمد بن سعود.'] });
    const { description, diagnostics } = describeRecord(record);
    expect(description.names.map((n) => n.name)).toEqual(['السيابي، أحمد بن سعود']);
    expect(diagnostics).toEqual([{ code: 'model.orphan-880', severity: 'info', tag: '880', params: { linkage: '700-07' } }]);
  });
});

describe.skipIf(!haveSamples)('describeRecord on real records with Arabic 880s', () => {
  it('pairs every 880 of an LC serial record (yaz/marc9.xml)', () => {
    const [record] = readMarcXmlSample('yaz/marc9.xml');
    const { description, diagnostics } = describeRecord(record);
    expect(bibliographicDescriptionSchema.parse(description)).toEqual(description);
    expect(description.format).toBe('serial');
    expect(description.title).toMatchObject({ proper: 'Qaḍāʼ al-usrah', remainder: 'majallah mutakhaṣṣiṣah', parallel: 'قضاء الأسرة : مجلة متخصصة' });
    expect(description.title.variants).toContain('مجلة قضاء الأسرة');
    expect(description.names.map((n) => n.parallel)).toEqual(['جمعية نشر المعلومة القانونية والقضائية', 'Morocco. وزارة العدل']);
    expect(description.series).toContain('منشورات جمعية نشر المعلومة القانونية والقضائية');
    expect(description.identifiers.lccn).toEqual(['2005336282']);
    expect(description.classification.lc).toEqual([]);
    expect(description.languages).toEqual(['ara', 'fre']);
    expect(description.publication.gregorianYear).toBe(2005);
    expect(diagnostics).toEqual([]);
  });

  it('reads a Columbia record with nine Arabic 880s (openlibrary 880_arabic_french_many_linkages.mrc)', () => {
    const record = readIsoSample('openlibrary/880_arabic_french_many_linkages.mrc');
    const { description, diagnostics } = describeRecord(record);
    expect(bibliographicDescriptionSchema.parse(description)).toEqual(description);
    expect(description.title.parallel).toBe('انتقال الأفكار و التقنيات في المغارب و العالم المتوسطي');
    expect(description.names.map((n) => n.parallel)).toEqual([
      'مودن، عبد الرحمن', 'بنحادة، عبد الرحيم', 'غربي، محمد لزهر', 'جامعة محمد الخامس. كلية الآداب و العلوم الإنسانية',
    ]);
    expect(description.identifiers).toMatchObject({ isbn: [], invalidIsbn: ['9789981591572'], systemNumbers: ['(OCoLC)672263227', '(NNC)8480396', '8480396'] });
    expect(description.classification.lc).toEqual(['JA84.M43 I58 2009']);
    expect(description.edition).toBe('al-Ṭabʻah 1');
    expect(description.subjects).toHaveLength(10);
    expect(diagnostics).toEqual([]);
    expect(extractHoldings(record, 'nnc').holdings).toEqual([{ libraryCode: 'nnc', branch: 'glx', callNumber: 'JA84.M43 I58 2009g', copies: 1 }]);
  });
});
