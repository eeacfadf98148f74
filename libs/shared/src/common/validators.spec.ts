import { validateSync } from 'class-validator';

import { IsDecimal } from './validators';

class Quantity {
  @IsDecimal(2)
  value!: unknown;
}

const errors = (value: unknown): string[] =>
  validateSync(Object.assign(new Quantity(), { value })).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );

describe('IsDecimal', () => {
  it('accepts numbers of at most the places given', () => {
    for (const value of [0, 1, 9.5, 0.25, 0.29, -3.75, 168]) expect(errors(value)).toEqual([]);
  });

  it('refuses more places, numbers written with an exponent, non-finite numbers and strings, without throwing', () => {
    for (const value of [9.125, 1e-7, 8e-323, Number.NaN, Number.POSITIVE_INFINITY, '9.5', null]) {
      expect(errors(value)).toEqual(['doit être un nombre à 2 décimales au plus']);
    }
  });
});
