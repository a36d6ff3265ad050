import { describe, expect, it } from 'vitest';
import { distanceKm, nearest } from '../../../src/site/nearest.ts';

const muscat = { lat: 23.59, lon: 58.17 };
const nizwa = { lat: 22.93, lon: 57.53, name: 'nizwa' };
const salalah = { lat: 17.02, lon: 54.09, name: 'salalah' };

describe('nearest', () => {
  it('measures Muscat to Nizwa at about 98 km', () => expect(Math.round(distanceKm(muscat, nizwa))).toBe(98));
  it('picks the closest library', () => expect(nearest(muscat, [salalah, nizwa])?.place.name).toBe('nizwa'));
  it('finds nothing among no libraries', () => expect(nearest(muscat, [])).toBeUndefined());
});
