import { OpenAPIObject } from '@nestjs/swagger';
import { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage } from 'class-validator';

interface ValidationMetadataLike {
  name?: string;
  propertyName: string;
  each?: boolean;
}

type Constructor = abstract new (...args: never[]) => unknown;

/**
 * What the Swagger plugin cannot see in the TypeScript types but class-validator knows:
 * `@IsInt()` is an integer (TypeScript only says `number`), `@IsUUID()` a uuid. Clients and
 * the fuzzer then see the real contract.
 */
export function applyValidationConstraints(document: OpenAPIObject): OpenAPIObject {
  const byTarget = (
    getMetadataStorage() as unknown as { validationMetadatas: Map<Constructor, ValidationMetadataLike[]> }
  ).validationMetadatas;
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  for (const target of byTarget.keys()) {
    const schema = schemas[target.name];
    if (!schema?.properties) continue;
    // The constraints of the class and of the classes it extends (AuditQueryDto extends PageQueryDto).
    for (
      let type: unknown = target;
      typeof type === 'function' && type !== Function.prototype;
      type = Object.getPrototypeOf(type)
    ) {
      for (const metadata of byTarget.get(type as Constructor) ?? []) {
        const property = schema.properties[metadata.propertyName] as SchemaObject | undefined;
        if (!property) continue;
        const node = metadata.each && property.items ? (property.items as SchemaObject) : property;
        if (metadata.name === 'isInt') node.type = 'integer';
        if (metadata.name === 'isUuid' || metadata.name === 'isUUID') node.format = 'uuid';
      }
    }
  }
  return document;
}
