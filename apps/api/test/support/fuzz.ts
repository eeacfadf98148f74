import fc from 'fast-check';

import { OpenApiDocument, Operation, resolve, Schema } from './openapi';

/** Values that broke APIs before: NUL bytes, int4 and float overflows, impossible dates, wrong types. */
export const HOSTILE_SCALARS: unknown[] = [
  '\u0000',
  'a\u0000b',
  '',
  ' ',
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e20,
  -1e20,
  1e308,
  -1,
  0,
  1.5,
  -0.000001,
  true,
  false,
  null,
  [],
  {},
  ['\u0000'],
  { a: 1 },
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-06-15T25:61:00+02:00',
  '9999-12-31T23:59:59+14:00',
  '-271821-04-20T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '1e20',
  '2147483648',
  '-2147483649',
  'NaN',
  'Infinity',
  '0x1F',
  "' OR '1'='1",
  '%',
  '\\',
  '"',
  '😀😀😀',
  'ÉÈÊ\u202eabc',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  'x'.repeat(20_000),
  'é'.repeat(20_000),
];

/**
 * A value nested `depth` times (`{"a":{"a":…}}` or `[[…]]`), carried as a marker string and
 * written as text at the end (see `expandDeep`): JSON.stringify itself would overflow.
 */
export function nested(depth: number, kind: 'object' | 'array'): string {
  return `\u0001DEEP:${kind}:${depth}\u0001`;
}

/** Replaces the markers of `nested` in a JSON text by the nested JSON itself. */
export function expandDeep(text: string): string {
  return text.replace(/"\\u0001DEEP:(object|array):(\d+)\\u0001"/g, (_, kind: string, depth: string) =>
    kind === 'object'
      ? `${'{"a":'.repeat(Number(depth))}1${'}'.repeat(Number(depth))}`
      : `${'['.repeat(Number(depth))}1${']'.repeat(Number(depth))}`,
  );
}

const DEEP = [nested(64, 'object'), nested(64, 'array'), nested(10_000, 'object'), nested(10_000, 'array')];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_SCALARS), weight: 8 },
  { arbitrary: fc.constantFrom(...DEEP), weight: 1 },
  { arbitrary: fc.string({ maxLength: 30, unit: 'binary' }), weight: 2 },
  { arbitrary: fc.array(fc.constantFrom(...HOSTILE_SCALARS.slice(0, 20)), { maxLength: 3 }), weight: 1 },
);

/** Real ids the fuzzer may aim at, by the name of the path or body field. */
export type IdPools = Record<string, string[]>;

const date = (from: number, to: number): fc.Arbitrary<Date> =>
  fc.date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true });

/** Values the document says are right (they may still break a business rule). */
export function conforming(
  doc: OpenApiDocument,
  raw: Schema,
  ids: string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'integer': {
      const min = schema.minimum ?? -1000;
      const max = schema.maximum ?? 1000;
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
    }
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1000,
        max: schema.maximum ?? 1000,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = schema.items ? conforming(doc, schema.items, ids, depth + 1) : fc.constant('x');
      return fc.array(items, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    }
    case 'object':
    case undefined: {
      if (!schema.properties || depth > 4) return fc.constant({});
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(schema.properties)) {
        model[name] = conforming(doc, property, ids, depth + 1);
      }
      return fc.record(model, { requiredKeys: schema.required ?? [] });
    }
    default:
      return conformingString(schema, ids);
  }
}

function conformingString(schema: Schema, ids: string[]): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return ids.length ? fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 3 }, fc.uuid()) : fc.uuid();
    case 'date':
      return date(2018, 2032).map((value) => value.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .tuple(date(2024, 2028), fc.constantFrom('Z', '+02:00', '+01:00', '-05:00'))
        .map(([value, zone]) =>
          zone === 'Z' ? value.toISOString() : `${value.toISOString().slice(0, 19)}${zone}`,
        );
    case 'email':
      return fc.emailAddress();
  }
  if (schema.pattern) {
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? 200;
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((value) => value.length >= min && value.length <= max);
  }
  return fc.string({
    minLength: schema.minLength ?? 0,
    maxLength: Math.max(schema.minLength ?? 0, Math.min(schema.maxLength ?? 40, 40)),
  });
}

interface Mutation {
  kind: 'set' | 'delete' | 'unknown' | 'null';
  where: number;
  value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set', 'set', 'null', 'null', 'delete', 'unknown'),
  where: fc.nat(),
  value: hostileValue,
});

/** Every object of a JSON value, to mutate one of them. */
function objectsOf(
  value: unknown,
  found: Record<string, unknown>[] = [],
  depth = 0,
): Record<string, unknown>[] {
  // Not inside a deep hostile value: nesting one into another would only test JSON.stringify.
  if (depth > 6) return found;
  if (Array.isArray(value)) for (const item of value) objectsOf(item, found, depth + 1);
  else if (typeof value === 'object' && value !== null) {
    found.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) objectsOf(child, found, depth + 1);
  }
  return found;
}

function mutate(value: unknown, mutations: Mutation[]): unknown {
  for (const { kind, where, value: hostile } of mutations) {
    const targets = objectsOf(value);
    if (targets.length === 0) return structuredClone(hostile);
    const target = targets[where % targets.length];
    const keys = Object.keys(target);
    const key = keys.length ? keys[where % keys.length] : 'champ';
    if (kind === 'set') target[key] = structuredClone(hostile);
    else if (kind === 'null') target[key] = null;
    else if (kind === 'delete') delete target[key];
    else target[`inconnu${where % 7}`] = structuredClone(hostile);
  }
  return value;
}

/** The raw text of a request body: mostly JSON of a mutated conforming value, sometimes worse. */
export function bodyText(doc: OpenApiDocument, schema: Schema, ids: string[]): fc.Arbitrary<string> {
  const shaped = fc
    .tuple(conforming(doc, schema, ids), fc.array(mutation, { maxLength: 2 }))
    .map(([value, mutations]) => expandDeep(JSON.stringify(mutate(structuredClone(value), mutations))));
  return fc.oneof(
    { arbitrary: shaped, weight: 12 },
    { arbitrary: hostileValue.map((value) => expandDeep(JSON.stringify(value) ?? 'null')), weight: 1 },
    {
      arbitrary: shaped.map((text) =>
        text.startsWith('{')
          ? `{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},${text.slice(1)}`
          : text,
      ),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom(
        '{',
        '{"a":',
        '[1,2',
        'nul',
        '{"a":1}}',
        '\u0000',
        '{"a":"\\ud800"}',
        '{"a":1e999}',
      ),
      weight: 1,
    },
  );
}

/** A query string: documented parameters (as text), hostile ones, unknown and repeated keys. */
export function queryText(doc: OpenApiDocument, operation: Operation, ids: string[]): fc.Arbitrary<string> {
  const params = operation.parameters.filter((parameter) => parameter.in === 'query');
  const entries = params.map((parameter) =>
    fc.oneof(
      { arbitrary: fc.constant<string[]>([]), weight: parameter.required ? 1 : 3 },
      {
        arbitrary: conforming(doc, parameter.schema, ids).map((value) => [
          `${parameter.name}=${encode(value)}`,
        ]),
        weight: 6,
      },
      { arbitrary: hostileValue.map((value) => [`${parameter.name}=${encode(value)}`]), weight: 2 },
      {
        arbitrary: fc
          .tuple(conforming(doc, parameter.schema, ids), conforming(doc, parameter.schema, ids))
          .map(([a, b]) => [`${parameter.name}=${encode(a)}`, `${parameter.name}=${encode(b)}`]),
        weight: 1,
      },
    ),
  );
  const extra = fc.oneof(
    { arbitrary: fc.constant<string[]>([]), weight: 8 },
    {
      arbitrary: fc.constantFrom(
        ['__proto__[admin]=1'],
        ['constructor[prototype][admin]=1'],
        ['inconnu=1'],
        ['limit[]=1'],
        ['%00=%00'],
        ['a=%ZZ'],
        ['q=%E9%'],
      ),
      weight: 2,
    },
  );
  return fc.tuple(fc.tuple(...entries), extra).map(([parts, more]) => {
    const all = [...parts.flat(), ...more];
    return all.length ? `?${all.join('&')}` : '';
  });
}

function encode(value: unknown): string {
  if (typeof value === 'string' && !value.startsWith('\u0001DEEP')) return encodeURIComponent(value);
  return encodeURIComponent(expandDeep(JSON.stringify(value) ?? ''));
}

const HOSTILE_SEGMENTS = [
  '00000000-0000-0000-0000-000000000000',
  '2147483648',
  '-1',
  '0',
  '1e20',
  'null',
  '%00',
  'a%00b',
  '%2e%2e',
  '..%2F..%2Fetc',
  '%E9',
  '%',
  '%ZZ',
  'x'.repeat(600),
  '__proto__',
  'constructor',
  "'%20OR%201=1",
];

/** A path segment for `{name}`: a real id, a random uuid or a hostile one. */
export function segment(ids: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: ids.length ? fc.constantFrom(...ids) : fc.uuid(), weight: 5 },
    { arbitrary: fc.uuid().map((id) => id.toUpperCase()), weight: 1 },
    { arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS), weight: 3 },
    { arbitrary: fc.string({ maxLength: 12 }).map((text) => encodeURIComponent(text)), weight: 1 },
  );
}
