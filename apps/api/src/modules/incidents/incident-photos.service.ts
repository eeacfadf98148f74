import { createHash } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { PHOTO_LIMITS, PhotoResponse, photoTypeOf, PhotoUploadResponse } from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { Created } from '../../common/idempotency/idempotency';
import { Incident } from './incident.entity';
import { PhotoOwnerKind } from './incident-photo.entity';
import { IncidentPhotosRepository } from './incident-photos.repository';
import { PhotoStore } from './photo-store';

/** A photo received but named by no entry is removed this long after it was last sent. */
export const UNNAMED_PHOTO_HOURS = 24;

const MAX_MB = PHOTO_LIMITS.maxBytes / (1024 * 1024);

export function photoTooLarge(): DomainException {
  return new DomainException(
    'PHOTO_TOO_LARGE',
    `La photo dépasse ${MAX_MB} Mo : réduisez-la (l’application le fait d’elle-même avant l’envoi).`,
  );
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The photos of the main courante (issue 24 point 4). A photo is received first, on its own
 * (`POST /api/incidents/photos`: checked by content, kept under its SHA-256), then named by an
 * entry or a complement in its creation's transaction; its hash is in that link's content, so the
 * chain covers it. Read by whoever reads the entry, each view journaled. Its bytes go when every
 * entry naming it is erased (retention); a photo never named goes a day after.
 */
@Injectable()
export class IncidentPhotosService {
  private readonly logger = new Logger('Photos');

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IncidentPhotosRepository,
    private readonly store: PhotoStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Checks and keeps the bytes of a photo: 201 when new, 200 when the same bytes were already received. */
  async receive(body: unknown, caller: AuthenticatedUser): Promise<Created<PhotoUploadResponse>> {
    if (!Buffer.isBuffer(body)) {
      throw new DomainException(
        'PHOTO_NOT_BINARY',
        'Envoyez la photo elle-même, en binaire (Content-Type image/jpeg, image/png, image/webp ou image/heic).',
      );
    }
    if (body.length > PHOTO_LIMITS.maxBytes) throw photoTooLarge();
    const mediaType = photoTypeOf(body);
    if (!mediaType) {
      throw DomainException.rule(
        'Ce fichier n’est pas une photo : seules les images JPEG, PNG, WebP et HEIC sont acceptées (vérifié sur son contenu, pas sur son nom).',
        [{ rule: 'PHOTO_NOT_IMAGE', message: 'contenu non reconnu comme une image' }],
        'PHOTO_NOT_IMAGE',
      );
    }
    const sha256 = sha256Of(body);
    const created = await this.dataSource.transaction(async (manager) => {
      await this.repository.lock(manager, sha256);
      // The bytes first: a row never names bytes the store does not hold.
      await this.store.put(sha256, body, mediaType);
      return this.repository.received(manager, sha256, mediaType, body.length, caller.id, this.clock.now());
    });
    return { value: { sha256, mediaType, size: body.length }, replayed: !created };
  }

  /**
   * Names the photos `hashes` (in order) for an entry or a complement, in its creation's
   * transaction; each must have been received. 422 PHOTO_UNKNOWN otherwise, nothing written.
   */
  async name(
    manager: EntityManager,
    incidentId: string,
    kind: PhotoOwnerKind,
    refId: string,
    hashes: string[],
  ): Promise<void> {
    if (hashes.length === 0) return;
    const kept = await this.repository.takeReceived(manager, hashes, this.clock.now());
    const missing = hashes.findIndex((sha256) => !kept.has(sha256));
    if (missing >= 0) {
      const message = `la photo n° ${missing + 1} n’a pas été reçue : envoyez-la (POST /api/incidents/photos) avant l’entrée.`;
      throw DomainException.rule(
        `Photo inconnue : ${message}`,
        [{ rule: 'PHOTO_UNKNOWN', message }],
        'PHOTO_UNKNOWN',
      );
    }
    await this.repository.name(manager, incidentId, kind, refId, hashes);
  }

  /** The photos of an entry and its complements, by the entry's or complement's id. */
  ofIncident(manager: EntityManager, incidentId: string): Promise<Map<string, PhotoResponse[]>> {
    return this.repository.ofIncident(manager, incidentId);
  }

  /**
   * A photo of the entry `incidentId` (or of one of its complements), for whoever may read the
   * entry; the view is journaled in the same transaction as the answer.
   */
  async read(
    incidentId: string,
    sha256: string,
    caller: AuthenticatedUser,
  ): Promise<{ bytes: Buffer; mediaType: string }> {
    return this.dataSource.transaction(async (manager) => {
      const incident = await manager.findOneBy(Incident, { id: incidentId });
      if (!incident) throw DomainException.notFound('Main courante');
      const photo = await this.repository.namedBy(manager, incidentId, sha256);
      if (!photo) throw DomainException.notFound('Photo');
      if (incident.erasedAt || photo.deleted) {
        throw new DomainException(
          'NOT_FOUND',
          'Cette photo a été effacée au terme de la durée de conservation de l’entrée.',
        );
      }
      const bytes = await this.store.get(sha256);
      if (!bytes)
        throw new DomainException('NOT_FOUND', 'Photo absente du stockage : signalez-le au chef de service.');
      await this.audit.record(
        {
          actor: caller,
          action: 'READ',
          entity: 'incident',
          entityId: incidentId,
          details: { photo: sha256 },
        },
        manager,
      );
      return { bytes, mediaType: photo.mediaType };
    });
  }

  /**
   * The nightly purge's part: the bytes of photos named only by erased entries are deleted (their
   * hashes stay), photos never named and untouched for a day are removed. One photo per
   * transaction, under its lock, so that one sent again meanwhile is kept.
   */
  async release(now: Date = this.clock.now()): Promise<number> {
    const unnamedBefore = new Date(now.getTime() - UNNAMED_PHOTO_HOURS * 3_600_000);
    const { erased, unnamed } = await this.repository.releasable(this.dataSource.manager, unnamedBefore);
    let released = 0;
    const each = async (
      sha256: string,
      drop: (manager: EntityManager) => Promise<boolean>,
    ): Promise<void> => {
      try {
        await this.dataSource.transaction(async (manager) => {
          await this.repository.lock(manager, sha256);
          if (!(await drop(manager))) return;
          // Within the transaction: if the store refuses, the row stays and the next night tries again.
          await this.store.remove(sha256);
          released += 1;
        });
      } catch (error) {
        this.logger.warn(`Photo ${sha256} non supprimée : ${String(error)}`);
      }
    };
    for (const sha256 of erased)
      await each(sha256, (manager) => this.repository.markErased(manager, sha256, now));
    for (const sha256 of unnamed)
      await each(sha256, (manager) => this.repository.dropUnnamed(manager, sha256, unnamedBefore));
    return released;
  }
}
