import { describe, expect, it } from 'vitest';
import { trainingModuleKeyFor } from './modules.ts';

describe('trainingModuleKeyFor', () => {
  it.each([
    ['Infant feeding', 'infant_feeding'],
    ['  Perinatal OCD: the basics ', 'perinatal_ocd_the_basics'],
    ['Café étiquette', 'cafe_etiquette'],
    ['2024 refresher', 'refresher'],
    ['First-aid (level 2)', 'first_aid_level_2'],
    ['x'.repeat(60), 'x'.repeat(40)],
    ['!!', null],
    ['42', null],
    ['a', null],
  ] as const)('%s → %s', (name, key) => {
    expect(trainingModuleKeyFor(name)).toBe(key);
  });
});
