import { Injectable, PipeTransform } from '@nestjs/common';

import { DomainException } from '../errors/domain.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `:id` path parameters: a malformed id is a 404 (no such resource), never a SQL error. */
@Injectable()
export class UuidParam implements PipeTransform<string, string> {
  constructor(private readonly what = 'Ressource') {}

  transform(value: string): string {
    if (!UUID.test(value)) throw DomainException.notFound(this.what);
    return value.toLowerCase();
  }
}
