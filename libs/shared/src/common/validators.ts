import {
  IsInt,
  IsNumber,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidationOptions,
} from 'class-validator';

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

/** A length of the `*.limits.ts` tables; without `min`, the text may be empty. */
interface LengthLimit {
  readonly min?: number;
  readonly max: number;
}

/** A range of the `*.limits.ts` tables, both ends allowed. */
interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * class-validator's own decorators, applied as if written in this order above the property (the
 * lowest first, as TypeScript does): the rules, their order and their messages are those of the
 * stack it replaces. The API documents them from class-validator's metadata (the Swagger plugin
 * only reads decorators written in the DTO).
 */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => {
    for (const decorator of decorators.toReversed()) decorator(target, property);
  };
}

/** A string of `min` to `max` characters: `@IsString() @MinLength(min) @MaxLength(max)`. */
export function IsText(limit: LengthLimit): PropertyDecorator {
  const min = limit.min === undefined ? [] : [MinLength(limit.min)];
  return stacked(IsString(), ...min, MaxLength(limit.max));
}

/** A whole number from `min` to `max`: `@IsInt() @Min(min) @Max(max)`. */
export function IsIntWithin(range: Range): PropertyDecorator {
  return stacked(IsInt(), Min(range.min), Max(range.max));
}

/** A finite number from `min` to `max` (no NaN, no infinity). */
export function IsNumberWithin(range: Range): PropertyDecorator {
  return stacked(IsNumber({ allowNaN: false, allowInfinity: false }), Min(range.min), Max(range.max));
}

/** The `version` read last (optimistic lock): a stale one is answered 409. */
export function IsVersion(): PropertyDecorator {
  return IsIntWithin({ min: 1, max: MAX_INT4 });
}

/**
 * Checked only when given and not null: `null` clears an optional field, omitting it keeps it
 * (`@IsOptional()` would let null through to a column that refuses it, see the validation pipe).
 */
export function IsClearable(): PropertyDecorator {
  return ValidateIf((_, value) => value !== null && value !== undefined);
}
