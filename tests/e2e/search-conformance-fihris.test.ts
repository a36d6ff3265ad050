import { describeSearchConformance } from '../conformance/search-conformance.ts';
import { buildSearchSite } from '../conformance/search-site.ts';

describeSearchConformance('fihris', () => buildSearchSite('fihris'), {
  knownGaps: [],
});
