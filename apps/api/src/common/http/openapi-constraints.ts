import { INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { ApiParam, ApiProperty } from '@nestjs/swagger';
import * as shared from '@vigie/shared';
import { getMetadataStorage } from 'class-validator';

import { UuidParam } from './parse-uuid.pipe';

interface ValidationMetadataLike {
  name?: string;
  propertyName: string;
  each?: boolean;
  constraints?: unknown[];
}

type Constructor = abstract new (...args: never[]) => unknown;

/** Decorated once per process (several apps are built in one test process). */
const decorated = new WeakSet<object>();

/** What the OpenAPI document says of a property that class-validator checks this way. */
function schemaOf(metadata: ValidationMetadataLike): Record<string, unknown> | null {
  switch (metadata.name) {
    case 'isInt':
      return { type: 'integer' };
    case 'isUuid':
    case 'isUUID':
      return { format: 'uuid' };
    case 'isIsoDate':
      return { format: 'date' };
    case 'isIso8601':
    case 'isDateString':
      return { format: 'date-time' };
    case 'isEnum': {
      // class-validator keeps [the enum object, its valid values].
      const values = metadata.constraints?.[1] ?? Object.values(metadata.constraints?.[0] ?? {});
      return Array.isArray(values) ? { enum: values } : null;
    }
    case 'isIn':
      return Array.isArray(metadata.constraints?.[0]) ? { enum: metadata.constraints[0] } : null;
    // The plugin sees the bounds written in the DTO, not those of a shared decorator
    // (`@IsText(limit)`), nor those checked on each item of an array (`@Max(7, { each: true })`).
    case 'min':
      return typeof metadata.constraints?.[0] === 'number' ? { minimum: metadata.constraints[0] } : null;
    case 'max':
      return typeof metadata.constraints?.[0] === 'number' ? { maximum: metadata.constraints[0] } : null;
    // An array's `{ each: true }` lengths are left to the plugin (it says them of the array itself).
    case 'minLength':
      return !metadata.each && typeof metadata.constraints?.[0] === 'number'
        ? { minLength: metadata.constraints[0] }
        : null;
    case 'maxLength':
      return !metadata.each && typeof metadata.constraints?.[0] === 'number'
        ? { maxLength: metadata.constraints[0] }
        : null;
    case 'matches': {
      const pattern = metadata.constraints?.[0];
      return pattern instanceof RegExp && pattern.flags === '' ? { pattern: pattern.source } : null;
    }
    default:
      return null;
  }
}

/**
 * What the Swagger plugin cannot see in the TypeScript types but class-validator knows:
 * `@IsInt()` is an integer (TypeScript only says `number`), `@IsUUID()` a uuid, `@IsIsoDate()`
 * a date, `@IsISO8601()` an instant, `@IsEnum()`/`@IsIn()` an enum, `@Matches()` a pattern,
 * `@Min()`/`@Max()`/`@MinLength()`/`@MaxLength()` bounds (also within shared decorators); a `:id` checked by
 * `UuidParam` is a uuid. Applied to the DTO classes and controllers before the document is
 * built, so request bodies, query strings and path parameters all carry the real contract
 * (the plugin's own metadata, applied later, never overrides these).
 */
export function documentValidationConstraints(app: INestApplication): void {
  const byTarget = (
    getMetadataStorage() as unknown as { validationMetadatas: Map<Constructor, ValidationMetadataLike[]> }
  ).validationMetadatas;
  // The DTOs of the API are the shared library's (class-validator's storage is global: under Jest
  // it also holds the classes of test files that ran before in this process).
  // A DTO's base classes are DTOs too (those of mixins like `Paged()` are not exported).
  const dtos = new Set<unknown>();
  for (const value of Object.values(shared)) {
    for (let dto: unknown = value; typeof dto === 'function' && dto !== Function.prototype;) {
      dtos.add(dto);
      dto = Object.getPrototypeOf(dto);
    }
  }
  for (const [target, metadatas] of byTarget) {
    if (!dtos.has(target) || decorated.has(target)) continue;
    decorated.add(target);
    const byProperty = new Map<string, { schema: Record<string, unknown>; each: boolean }>();
    for (const metadata of metadatas) {
      const schema = schemaOf(metadata);
      if (!schema) continue;
      const current = byProperty.get(metadata.propertyName);
      byProperty.set(metadata.propertyName, {
        schema: { ...current?.schema, ...schema },
        each: Boolean(metadata.each) || Boolean(current?.each),
      });
    }
    for (const [property, { schema, each }] of byProperty) {
      const {
        type,
        format,
        pattern,
        enum: values,
        minimum,
        maximum,
        minLength,
        maxLength,
      } = schema as {
        type?: string;
        format?: string;
        pattern?: string;
        enum?: unknown[];
        minimum?: number;
        maximum?: number;
        minLength?: number;
        maxLength?: number;
      };
      const options = each
        ? {
            type: 'array',
            items: {
              type: type ?? (values ? typeof values[0] : 'string'),
              format,
              pattern,
              enum: values,
              minimum,
              maximum,
            },
          }
        : { type, format, pattern, enum: values, minimum, maximum, minLength, maxLength };
      ApiProperty(JSON.parse(JSON.stringify(options)) as object)(target.prototype as object, property);
    }
  }

  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Constructor | null;
      if (!controller || decorated.has(controller)) continue;
      decorated.add(controller);
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) as
          Record<string, { data?: unknown; pipes?: unknown[] }> | undefined;
        const descriptor = Object.getOwnPropertyDescriptor(controller.prototype, method);
        if (!args || !descriptor) continue;
        for (const [key, arg] of Object.entries(args)) {
          const uuid = arg.pipes?.some((pipe) => pipe instanceof UuidParam);
          const paramtype = Number(key.split(':')[0]) as RouteParamtypes;
          if (paramtype === RouteParamtypes.PARAM && uuid && typeof arg.data === 'string') {
            ApiParam({ name: arg.data, type: String, format: 'uuid' })(
              controller.prototype as object,
              method,
              descriptor,
            );
          }
        }
      }
    }
  }
}
