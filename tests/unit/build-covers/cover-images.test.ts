import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverImages } from '../../../src/build/cover-images.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';

let content = '';
const record = (id: string, members: Array<[string, string | undefined]>) =>
  ({ id, displayMember: 0, members: members.map(([libraryCode, controlNumber]) => ({ libraryCode, controlNumber })) }) as unknown as UnionRecord;

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'fihris-covers-'));
  await mkdir(join(content, 'libraries', 'squ', 'covers'), { recursive: true });
  await mkdir(join(content, 'libraries', 'nizwa'), { recursive: true });
  const png = await sharp({ create: { width: 300, height: 450, channels: 3, background: '#0b5d57' } }).png().toBuffer();
  await writeFile(join(content, 'libraries', 'squ', 'covers', 'B100.png'), png);
  await writeFile(join(content, 'libraries', 'squ', 'covers', 'BROKEN.jpg'), 'not an image');
});
afterAll(async () => { await rm(content, { recursive: true, force: true }); });

describe('coverImages', () => {
  it('finds a cover by a later member when the display member\'s library has none', async () => {
    const covers = await coverImages(content, [record('r1', [['nizwa', 'N1'], ['squ', 'B100']])]);
    expect(covers.get('r1')).toMatchObject({ width: 240, height: 360 });
    expect(covers.get('r1')?.path).toMatch(/^covers\/[0-9a-f]{12}\.webp$/);
  });

  it('gives no cover when no member\'s library has a file for it', async () => {
    expect((await coverImages(content, [record('r2', [['squ', 'B200'], ['nizwa', 'B100']])])).size).toBe(0);
  });

  it('skips a file that is not an image, and a control number that could leave the folder', async () => {
    expect((await coverImages(content, [record('r3', [['squ', 'BROKEN'], ['squ', '../covers/B100']])])).size).toBe(0);
  });
});
