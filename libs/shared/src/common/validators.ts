import { ValidateBy, ValidationOptions } from 'class-validator';

import { isIsoDate } from './calendar/local-date';

/** The largest value of a PostgreSQL `integer` (int4): versions and counters stop there. */
export const MAX_INT4 = 2_147_483_647;

/** A calendar date `YYYY-MM-DD` that exists (2025-02-30 is refused). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: () => 'doit être une date AAAA-MM-JJ existante',
      },
    },
    options,
  );
}

/**
 * A finite number of at most `places` decimals (0.25, 9.5). Not class-validator's
 * `IsNumber({ maxDecimalPlaces })`: it reads the decimals from `toString()` and throws on a number
 * written with an exponent (1e-7, 8e-323), which made a 500 of a bad input.
 */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimal',
      constraints: [places],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
        defaultMessage: () => `doit être un nombre à ${places} décimales au plus`,
      },
    },
    options,
  );
}
