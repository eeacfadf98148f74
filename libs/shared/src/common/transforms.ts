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

/**
 * The nested object (or each object of a list) becomes an instance of `type`, so that
 * `@ValidateNested()` checks it and unknown fields are refused. (Not class-transformer's
 * `@Type()`: it needs reflect-metadata, absent in the browser.)
 */
export function Nested(type: () => new () => object): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    const toInstance = (item: unknown): unknown =>
      typeof item === 'object' && item !== null && !Array.isArray(item)
        ? Object.assign(new (type())(), item)
        : item;
    return Array.isArray(value) ? value.map(toInstance) : toInstance(value);
  });
}

/** Query strings carry text: `?open=true` becomes `true`, `false` becomes `false`; anything else stays. */
export function ToBoolean(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );
}
