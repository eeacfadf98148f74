import { createHash } from 'node:crypto';

import { createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { canonicalJson } from '@vigie/shared';
import { FastifyReply, FastifyRequest } from 'fastify';
import { EntityManager } from 'typeorm';

import { DomainException } from '../errors/domain.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The `Idempotency-Key` header of a creation a phone may repeat: a UUID, or undefined when the
 * client sent none (the request is then simply not repeatable). Anything else is a 400.
 */
export const IdempotencyKeyHeader = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key'];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !UUID.test(value.trim())) {
      throw new DomainException(
        'IDEMPOTENCY_KEY_INVALID',
        'L’en-tête Idempotency-Key doit être un UUID (par exemple 3f1c2a4e-8b0d-4c6e-9a7f-2d5b1e0c9f83).',
      );
    }
    return value.trim().toLowerCase();
  },
);

/** The header as the OpenAPI document describes it. */
export const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description:
    'UUID fait par le client : un nouvel envoi avec la même clé et le même contenu répond l’enregistrement déjà créé (200) sans en créer un second ; la même clé pour un autre contenu est refusée (422).',
};

/** 201 for a record made now, 200 for one an earlier try with the same key made. */
export async function sendCreated<T>(reply: FastifyReply, created: Created<T>): Promise<void> {
  await reply.status(created.replayed ? 200 : 201).send(created.value);
}

export interface IdempotentRequest {
  userId: string;
  key: string | undefined;
  /** The route, with the record it acts on (`incident`, `amendment:<entry id>`). */
  scope: string;
  body: unknown;
}

/** A creation answered: what it made, and whether it was made now (201) or by an earlier try (200). */
export interface Created<T> {
  value: T;
  replayed: boolean;
}

/**
 * Exactly-once creations. `claim` is the first statement of the creation's transaction: it takes
 * the key (a row of `idempotency_key`); a concurrent retry's insert waits on that row until the
 * first commits, then finds it and answers the same record. `settle` records what was created.
 */
@Injectable()
export class IdempotencyKeys {
  /** The id the key already created (a replay), or null when this request is the first: go on and create. */
  async claim(manager: EntityManager, request: IdempotentRequest): Promise<string | null> {
    if (!request.key) return null;
    const hash = requestHash(request.scope, request.body);
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO idempotency_key (user_id, key, scope, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
      [request.userId, request.key, request.scope, hash],
    );
    if (inserted.length > 0) return null;
    const earlier = await this.earlier(manager, request);
    if (!earlier) throw reused();
    return earlier;
  }

  /**
   * The id an earlier request with this key created, or null when the key is new. Read before
   * anything else of a creation, so a retry is answered even when the rules that admitted the
   * first try would refuse it now (an entry sent hours after it was written).
   */
  async earlier(manager: EntityManager, request: IdempotentRequest): Promise<string | null> {
    if (!request.key) return null;
    const [row] = await manager.query<{ scope: string; request_hash: string; resource_id: string | null }[]>(
      `SELECT scope, request_hash, resource_id FROM idempotency_key WHERE user_id = $1 AND key = $2`,
      [request.userId, request.key],
    );
    if (!row) return null;
    if (row.scope !== request.scope || row.request_hash !== requestHash(request.scope, request.body))
      throw reused();
    return row.resource_id;
  }

  async settle(manager: EntityManager, request: IdempotentRequest, resourceId: string): Promise<void> {
    if (!request.key) return;
    await manager.query(`UPDATE idempotency_key SET resource_id = $3 WHERE user_id = $1 AND key = $2`, [
      request.userId,
      request.key,
      resourceId,
    ]);
  }

  /** Keys older than `before`: no phone retries that late (the retention purge calls it). */
  async purge(manager: EntityManager, before: Date): Promise<number> {
    const [, count] = await manager.query<[unknown[], number]>(
      `DELETE FROM idempotency_key WHERE created_at < $1`,
      [before],
    );
    return count;
  }
}

function reused(): DomainException {
  return new DomainException(
    'IDEMPOTENCY_KEY_REUSED',
    'Cette clé Idempotency-Key a déjà servi pour une autre demande : une nouvelle demande prend une nouvelle clé.',
  );
}

function requestHash(scope: string, body: unknown): string {
  return createHash('sha256')
    .update(`${scope}\n${canonicalJson(body)}`)
    .digest('hex');
}
