/**
 * One library's MARC record as the catalogue describes it. Each part of the description has
 * its own extractor; data problems come back as ModelProblems for the caller to place.
 */
import type { BibliographicDescription } from '../../shared/catalog-schema.ts';
import type { MarcRecord } from '../marc/marc-record.ts';
import { extractClassification } from './classification.ts';
import { extractEdition } from './edition.ts';
import { formatFromLeader } from './format.ts';
import { extractIdentifiers } from './identifiers.ts';
import { extractLanguages } from './language.ts';
import { fieldLinkage, orphanParallels } from './linkage.ts';
import { extractLinks } from './links.ts';
import { modelProblem, type ModelProblem } from './model-problem.ts';
import { extractNames } from './names.ts';
import { extractNotes } from './notes.ts';
import { extractPhysicalDescription } from './physical.ts';
import { extractPublication } from './publication.ts';
import { extractSeries } from './series.ts';
import { extractSubjects } from './subjects.ts';
import { extractTitle } from './title.ts';
import { withoutEmpty } from './without-empty.ts';

export function describeRecord(record: MarcRecord): { description: BibliographicDescription; diagnostics: ModelProblem[] } {
  const title = extractTitle(record);
  const publication = extractPublication(record);
  const identifiers = extractIdentifiers(record);
  const languages = extractLanguages(record);
  const links = extractLinks(record);
  const description = withoutEmpty<BibliographicDescription>({
    title: title.value,
    names: extractNames(record),
    edition: extractEdition(record),
    publication: publication.value,
    physicalDescription: extractPhysicalDescription(record),
    series: extractSeries(record),
    subjects: extractSubjects(record),
    classification: extractClassification(record),
    identifiers: identifiers.value,
    languages: languages.value,
    notes: extractNotes(record),
    links: links.value,
    format: formatFromLeader(record.leader),
  });
  const diagnostics = [
    ...title.problems, ...publication.problems, ...identifiers.problems, ...languages.problems,
    ...links.problems, ...orphanProblems(record),
  ];
  return { description, diagnostics };
}

function orphanProblems(record: MarcRecord): ModelProblem[] {
  return orphanParallels(record).map((field) => {
    const link = fieldLinkage(field);
    return modelProblem('model.orphan-880', '880', { linkage: `${link?.tag}-${link?.occurrence}` });
  });
}
