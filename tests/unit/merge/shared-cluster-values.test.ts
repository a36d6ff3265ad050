import { describe, expect, it } from 'vitest';
import { createClusterValueSharer } from '../../../src/ingest/merge/shared-cluster-values.ts';
import { ingestSample } from '../archive/sample-ingest.ts';
import { record } from '../../fixtures/merge/describe.ts';

/** A record's parts, lists included, made anew for each record as the ingest makes them. */
const history = () => ({ title: 'تاريخ عمان الحديث', author: 'السيابي، سالم بن حمود', year: 1999, subjects: ['عمان -- تاريخ'], languages: ['ara'] });

describe('createClusterValueSharer', () => {
  it('leaves every value as it was', () => {
    const inputs = [record('squ', history()), record('nizwa', history(), { holdings: [] })];
    const before = structuredClone(inputs);
    createClusterValueSharer().share(inputs, 0);
    expect(inputs).toEqual(before);
  });

  it('gives every empty list one frozen list, which nothing can add to', () => {
    const inputs = [record('squ', history()), record('nizwa', history())];
    createClusterValueSharer().share(inputs, 0);
    const [a, b] = inputs.map((input) => input.description);
    expect(a.notes).toBe(b.notes);
    expect(a.identifiers.issn).toBe(a.notes);
    expect(() => (a.notes as string[]).push('ملاحظة')).toThrow(TypeError);
  });

  it('keeps lists that hold values as lists of their own', () => {
    const inputs = [record('squ', history()), record('nizwa', history())];
    createClusterValueSharer().share(inputs, 0);
    expect(inputs[0].description.subjects).not.toBe(inputs[1].description.subjects);
    expect(inputs[1].description.subjects).toEqual(['عمان -- تاريخ']);
  });

  it('touches only the inputs from the given one on', () => {
    const inputs = [record('squ', history()), record('nizwa', history()), record('sohar', history())];
    createClusterValueSharer().share(inputs, 1);
    expect(inputs[0].description.notes).not.toBe(inputs[1].description.notes);
    expect(inputs[1].description.notes).toBe(inputs[2].description.notes);
  });
});

describe('the ingest', () => {
  it('shares the empty lists of the members of every library', async () => {
    const members = (await ingestSample()).unionRecords.flatMap((union) => union.members);
    const libraries = new Set(members.map((member) => member.libraryCode));
    const emptyNotes = members.filter((member) => member.description.notes.length === 0).map((member) => member.description.notes);
    expect(libraries.size).toBeGreaterThan(1);
    expect(emptyNotes.length).toBeGreaterThan(libraries.size);
    expect(new Set(emptyNotes).size).toBe(1);
  });
});
