/** Where the third-party sample files live (outside the repo); tests skip when it is absent. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const samplesDir = fileURLToPath(new URL('../../../../shared/samples/', import.meta.url));
export const haveSamples = existsSync(samplesDir);
export const fixturesDir = fileURLToPath(new URL('../../fixtures/decode/', import.meta.url));
