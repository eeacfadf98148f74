import { Transform } from 'class-transformer';

/**
 * Query strings carry text: `?limit=20` becomes the number 20. Anything that is not plainly an
 * integer stays a string, so `@IsInt()` refuses it (`1e20`, `12abc`, ``).
 * (Not class-transformer's `@Type(() => Number)`: it needs reflect-metadata, absent in the browser.)
 */
export function ToInteger(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value,
  );
}
