/**
 * A library as the site shows it: its profile plus the counts the pipeline computed.
 * One entry of data/libraries.json.
 */
import { z } from 'zod';
import { libraryProfileSchema } from '../shared/library-profile.ts';

export const siteLibrarySchema = libraryProfileSchema.extend({
  /** Union records that carry at least one of this library's holdings or members. */
  recordCount: z.number().int().min(0),
  /** Copies this library holds, summed over its holdings. */
  holdingCount: z.number().int().min(0),
  /** Day of the library's last deposit (YYYY-MM-DD): the holdings are "as of" this date. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type SiteLibrary = z.infer<typeof siteLibrarySchema>;
