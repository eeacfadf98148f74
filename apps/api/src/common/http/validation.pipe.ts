import { ArgumentMetadata, PipeTransform, Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from '@vigie/shared';
import { getMetadataStorage } from 'class-validator';

import { DomainException } from '../errors/domain.exception';

/** English class-validator messages → French, keyed by constraint. `$1`… are the numbers found. */
const FRENCH: Record<string, (english: string) => string> = {
  whitelistValidation: () => 'champ inconnu',
  isDefined: () => 'est obligatoire',
  isNotEmpty: () => 'ne doit pas être vide',
  isString: () => 'doit être une chaîne de caractères',
  isInt: () => 'doit être un nombre entier',
  isNumber: () => 'doit être un nombre',
  isBoolean: () => 'doit être vrai ou faux',
  isArray: () => 'doit être une liste',
  isObject: () => 'doit être un objet',
  isUuid: () => 'doit être un identifiant (UUID)',
  isUUID: () => 'doit être un identifiant (UUID)',
  isEnum: () => 'valeur non reconnue',
  isIn: () => 'valeur non reconnue',
  isEmail: () => 'doit être une adresse électronique',
  isDateString: () => 'doit être une date ISO 8601',
  isISO8601: () => 'doit être une date ISO 8601',
  isIso8601: () => 'doit être un instant ISO 8601 avec son fuseau',
  isLatitude: () => 'doit être une latitude',
  isLongitude: () => 'doit être une longitude',
  arrayUnique: () => 'ne doit pas contenir de doublons',
  minLength: (m) => `doit contenir au moins ${num(m)} caractère(s)`,
  maxLength: (m) => `doit contenir au plus ${num(m)} caractères`,
  min: (m) => `doit être supérieur ou égal à ${num(m)}`,
  max: (m) => `doit être inférieur ou égal à ${num(m)}`,
  arrayMinSize: (m) => `doit contenir au moins ${num(m)} élément(s)`,
  arrayMaxSize: (m) => `doit contenir au plus ${num(m)} éléments`,
  matches: () => 'format invalide',
  unknownValue: () => 'doit être un objet JSON',
  nestedValidation: () => 'doit être un objet',
};

function num(message: string): string {
  return /(-?\d+(\.\d+)?)/.exec(message)?.[1] ?? '?';
}

function translate(constraint: string, message: string): string {
  // A message written in French in the DTO (it has accents or no English words) is kept.
  if (/[àâçéèêëîïôûùüÿœ«]/i.test(message)) return message.replace(/^\S+ : /, '');
  return FRENCH[constraint]?.(message) ?? message;
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const fields: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    if (
      (error.value === undefined || error.value === null) &&
      !('whitelistValidation' in (error.constraints ?? {}))
    ) {
      // A missing field: one message, not the list of everything it should have been.
      if (constraints.length > 0) fields.push({ field, message: 'est obligatoire' });
    } else {
      for (const [constraint, message] of constraints) {
        fields.push({ field: field || 'body', message: translate(constraint, message) });
      }
    }
    if (error.children?.length) fields.push(...flattenValidationErrors(error.children, field));
  }
  return fields;
}

/** Whitelist, reject unknown fields, transform; errors as problem+json with French messages. */
class VigieValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (deeperThan(value, MAX_DEPTH)) {
      // The validators recurse: a body nested thousands of levels deep would overflow the stack.
      throw DomainException.invalid([
        {
          field: metadata.type === 'body' ? 'body' : (metadata.data ?? metadata.type),
          message: `imbrication trop profonde (${MAX_DEPTH} niveaux au plus)`,
        },
      ]);
    }
    const nul = findNul(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (nul !== null) {
      // PostgreSQL refuses NUL in text: say so here, per field, rather than fail in the database.
      throw DomainException.invalid([
        { field: nul || 'body', message: 'contient un caractère nul (\\u0000) interdit' },
      ]);
    }
    const isDto = typeof metadata.metatype === 'function' && !PRIMITIVES.has(metadata.metatype);
    if (
      metadata.type === 'body' &&
      isDto &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    ) {
      throw DomainException.invalid([{ field: 'body', message: 'doit être un objet JSON' }]);
    }
    const result: unknown = await super.transform(value, metadata);
    const nulls = metadata.type === 'body' ? nullOptionals(result) : [];
    if (nulls.length > 0) {
      // `@IsOptional()` lets null through to columns that refuse it: optional means "may be
      // omitted". The fields that may be cleared say so with `@ValidateIf(… !== null)`.
      throw DomainException.invalid(
        nulls.map((field) => ({ field, message: 'ne peut pas être nul : omettez le champ' })),
      );
    }
    return result;
  }
}

/** The paths of `null` values on `@IsOptional()` properties of a validated DTO (nested ones too). */
function nullOptionals(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => nullOptionals(item, `${path}.${index}`));
  }
  if (typeof value !== 'object' || value === null) return [];
  const optional = optionalProperties(value.constructor);
  const found: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (child === null && optional.has(key)) found.push(field);
    else found.push(...nullOptionals(child, field));
  }
  return found;
}

/** Properties of a DTO class (and the classes it extends) marked `@IsOptional()`. */
function optionalProperties(type: unknown): Set<string> {
  const byTarget = (
    getMetadataStorage() as unknown as {
      validationMetadatas: Map<unknown, { name?: string; propertyName: string }[]>;
    }
  ).validationMetadatas;
  const names = new Set<string>();
  for (let target = type; typeof target === 'function' && target !== Object;) {
    for (const metadata of byTarget.get(target) ?? []) {
      if (metadata.name === 'isOptional') names.add(metadata.propertyName);
    }
    target = Object.getPrototypeOf(target);
  }
  return names;
}

const PRIMITIVES = new Set<unknown>([String, Number, Boolean, Array, Object]);

/** No request of Vigie nests objects or lists this deep; the NUL search goes as far. */
const MAX_DEPTH = 32;

/** True when objects or lists nest more than `limit` levels (iterative: no recursion to overflow). */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The path of the first string holding a NUL character, or null. */
function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 32 || typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = key.includes('\u0000') ? path : findNul(child, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type Rules = ReturnType<MetadataStorage['getTargetValidationMetadatas']>;
type Grouped = ReturnType<MetadataStorage['groupByPropertyName']>;

/**
 * class-validator looks the rules of a class up again on every validation of every object: it
 * filters the rules of the class, walks every decorated class of the application for inherited
 * ones and groups them by property — a third of a DTO's validation time. The rules are fixed
 * once the classes are loaded, so the lookups are remembered (forgotten whenever a rule is added).
 * class-validator only reads what it gets back.
 */
export function cacheValidationRules(storage: MetadataStorage = getMetadataStorage()): void {
  const marked = storage as MetadataStorage & { vigieCached?: true };
  if (marked.vigieCached) return;
  marked.vigieCached = true;
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let rules = new Map<string | object, Map<string, Rules>>();
  let grouped = new WeakMap<Rules, Grouped>();
  storage.addValidationMetadata = (metadata) => {
    rules = new Map();
    grouped = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let ofTarget = rules.get(target);
    if (!ofTarget) rules.set(target, (ofTarget = new Map<string, Rules>()));
    let found = ofTarget.get(key);
    if (!found) ofTarget.set(key, (found = lookUp(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
}

export function createValidationPipe(): ValidationPipe {
  cacheValidationRules();
  return new VigieValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // `value` is kept to tell a missing field; it never reaches the client.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      return DomainException.invalid(fields.length > 0 ? fields : [{ field: 'body', message: 'invalide' }]);
    },
  });
}

/**
 * A JSON array body whose items are each validated as `items` (unknown fields refused, French
 * messages); field paths are prefixed with the item's index: `[2].effectiveDate`.
 */
export function arrayBodyPipe<T extends object>(
  items: Type<T>,
  maxItems: number,
): PipeTransform<unknown, Promise<T[]>> {
  const pipe = createValidationPipe();
  return {
    async transform(value: unknown): Promise<T[]> {
      if (!Array.isArray(value))
        throw DomainException.invalid([{ field: 'body', message: 'doit être une liste JSON' }]);
      if (value.length > maxItems) {
        throw DomainException.invalid([
          { field: 'body', message: `doit contenir au plus ${maxItems} éléments` },
        ]);
      }
      const result: T[] = [];
      const errors: FieldError[] = [];
      for (const [index, item] of value.entries()) {
        try {
          result.push((await pipe.transform(item, { type: 'body', metatype: items })) as T);
        } catch (error) {
          if (!(error instanceof DomainException)) throw error;
          for (const fieldError of error.options.errors ?? []) {
            errors.push({
              field: `[${index}].${fieldError.field}`.replace(/\.body$/, ''),
              message: fieldError.message,
            });
          }
        }
      }
      if (errors.length > 0) throw DomainException.invalid(errors);
      return result;
    },
  };
}
