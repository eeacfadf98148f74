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
