import { createHash } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import {
  canonicalJson,
  ChainAnchorResponse,
  ExportedHeadResponse,
  GENESIS_HASH,
  INCIDENT_STATUS_LABELS,
  IncidentStatus,
  IntegrityResponse,
} from '@vigie/shared';
import { DateTime } from 'luxon';
import { EntityManager, In, MoreThan } from 'typeorm';

import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AgentsRepository } from '../agents/agents.repository';
import { Incident } from './incident.entity';
import { IncidentAmendment } from './incident-amendment.entity';
import { IncidentChainAnchor } from './incident-chain-anchor.entity';
import { IncidentLink, LinkKind } from './incident-link.entity';
import { IncidentPhotosRepository } from './incident-photos.repository';
import { IncidentStatusChange } from './incident-status-change.entity';
import { PhotoStore } from './photo-store';

const CHAIN_LOCK = 'vigie:incident-chain';
const BATCH = 2000;

/** The content of a link whose entry was erased at the end of its retention: not recomputable. */
const ERASED = Symbol('erased');
type LinkContent = Record<string, unknown> | typeof ERASED;

/** An erased entry, as the check needs it: when it was recorded and when erased. */
interface ErasedEntry {
  number: string;
  recordedAt: Date;
  erasedAt: Date;
}

/**
 * What of an entry the chain protects (every field but its status, which has its own links), and
 * the SHA-256 of its photos in order — named only when it has some, so that the entries written
 * before photos existed hash as they always did.
 */
export function entryContent(incident: Incident, photos: string[] = []): Record<string, unknown> {
  return {
    ...(photos.length > 0 ? { photos } : {}),
    kind: 'ENTRY',
    id: incident.id,
    number: incident.number,
    occurredAt: incident.occurredAt.toISOString(),
    recordedAt: incident.recordedAt.toISOString(),
    category: incident.category,
    quartier: incident.quartier,
    address: incident.address,
    lat: incident.lat,
    lng: incident.lng,
    summary: incident.summary,
    description: incident.description,
    agentIds: [...incident.agentIds].sort(),
    cameraIds: [...incident.cameraIds].sort(),
    actions: incident.actions,
    authorId: incident.authorId,
  };
}

export function amendmentContent(
  amendment: IncidentAmendment,
  photos: string[] = [],
): Record<string, unknown> {
  return {
    ...(photos.length > 0 ? { photos } : {}),
    kind: 'AMENDMENT',
    id: amendment.id,
    incidentId: amendment.incidentId,
    text: amendment.text,
    authorId: amendment.authorId,
    createdAt: amendment.createdAt.toISOString(),
  };
}

export function statusContent(change: IncidentStatusChange): Record<string, unknown> {
  return {
    kind: 'STATUS',
    id: change.id,
    incidentId: change.incidentId,
    from: change.fromStatus,
    to: change.toStatus,
    note: change.note,
    authorId: change.authorId,
    createdAt: change.createdAt.toISOString(),
  };
}

export function linkHash(content: Record<string, unknown>, previousHash: string): string {
  return createHash('sha256').update(canonicalJson(content)).update(previousHash).digest('hex');
}

/**
 * The tamper-evident chain of the main courante: one link per entry, amendment and status
 * change. Writers are serialized by a transaction-scoped advisory lock, so concurrent writes
 * cannot fork the chain; the lock is held to the commit, so the next writer sees this link.
 */
@Injectable()
export class IncidentChain {
  constructor(
    private readonly agents: AgentsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly photos: IncidentPhotosRepository,
    private readonly store: PhotoStore,
  ) {}

  /** Takes the chain (this service's: each has its own) for the rest of the transaction. Call before writing anything chained. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext($1), hashtext(vigie_current_service()::text))`,
      [CHAIN_LOCK],
    );
  }

  async append(
    manager: EntityManager,
    kind: LinkKind,
    refId: string,
    incidentId: string,
    content: Record<string, unknown>,
  ): Promise<IncidentLink> {
    // After a purge that took every link, the chain goes on from its anchor.
    const [last] = await manager.find(IncidentLink, { order: { seq: 'DESC' }, take: 1 });
    const from = last ?? (await this.anchorOf(manager));
    const previousHash = from?.hash ?? GENESIS_HASH;
    const link = manager.create(IncidentLink, {
      seq: String(from ? BigInt(from.seq) + 1n : 1n),
      kind,
      refId,
      incidentId,
      previousHash,
      hash: linkHash(content, previousHash),
    });
    await manager.insert(IncidentLink, link);
    return link;
  }

  /**
   * Re-computes the whole chain from the stored contents, in batches, and reports the first link
   * whose content or hash no longer matches, a missing link, or an entry outside the chain.
   */
  async verify(manager: EntityManager, exported?: { seq: number; hash: string }): Promise<IntegrityResponse> {
    // After a retention purge, the chain is verified from its anchor: the last link deleted.
    const anchor = await this.anchorOf(manager);
    let previousHash = anchor?.hash ?? GENESIS_HASH;
    let expectedSeq = anchor ? BigInt(anchor.seq) + 1n : 1n;
    let checked = 0;
    let head: IntegrityResponse['head'] = null;
    const anchorResponse: ChainAnchorResponse | null = anchor
      ? {
          seq: Number(anchor.seq),
          hash: anchor.hash,
          purgedAt: anchor.purgedAt.toISOString(),
          recordedBefore: anchor.recordedBefore.toISOString(),
        }
      : null;
    const broken = (incidentId: string | null, problem: string): IntegrityResponse => ({
      ok: false,
      checked,
      firstBrokenId: incidentId,
      problem,
      head,
      anchor: anchorResponse,
      exported: null,
    });
    for (;;) {
      const links = await manager.find(IncidentLink, {
        where: { seq: MoreThan(String(expectedSeq - 1n)) },
        order: { seq: 'ASC' },
        take: BATCH,
      });
      if (links.length === 0) break;
      const erased = await this.erasedOf(manager, links);
      const contents = await this.contentsOf(manager, links, erased);
      for (const link of links) {
        if (BigInt(link.seq) !== expectedSeq) {
          return broken(link.incidentId, `Maillon n° ${expectedSeq} manquant : la chaîne a été amputée.`);
        }
        if (link.previousHash !== previousHash) {
          return broken(link.incidentId, `Maillon n° ${link.seq} : il ne suit plus le maillon précédent.`);
        }
        const content = contents.get(`${link.kind}:${link.refId}`);
        if (!content) return broken(link.incidentId, `Maillon n° ${link.seq} : son contenu a été supprimé.`);
        if (content === ERASED) {
          // Erased at the end of its retention: its hash is held by its neighbours (its own
          // `previousHash` was checked above, the next link's is checked against it), and the
          // erasure must have been due.
          const early = link.kind === 'ENTRY' ? this.earlyErasure(erased.get(link.incidentId)!) : null;
          if (early) return broken(link.incidentId, early);
        } else if (linkHash(content, previousHash) !== link.hash) {
          return broken(link.incidentId, `Maillon n° ${link.seq} : son contenu a été modifié.`);
        }
        previousHash = link.hash;
        expectedSeq += 1n;
        checked += 1;
        head = { seq: Number(link.seq), hash: link.hash };
      }
    }
    const [outside] = await manager.query<{ id: string }[]>(
      `SELECT i.id FROM incident i
        WHERE NOT EXISTS (SELECT 1 FROM incident_link l WHERE l.kind = 'ENTRY' AND l.ref_id = i.id)
        LIMIT 1`,
    );
    if (outside) return broken(outside.id, 'Une entrée ne figure pas dans la chaîne.');
    const drifted =
      (await this.driftedStatus(manager)) ??
      (await this.driftedAgents(manager)) ??
      (await this.alteredPhoto(manager));
    if (drifted) return broken(drifted.id, drifted.problem);
    const result: IntegrityResponse = {
      ok: true,
      checked,
      firstBrokenId: null,
      problem: null,
      head,
      anchor: anchorResponse,
      exported: null,
    };
    if (exported) {
      result.exported = await this.checkExported(manager, exported, anchor);
      if (['MISMATCH', 'MISSING'].includes(result.exported.status)) {
        result.ok = false;
        result.problem = result.exported.message;
      }
    }
    return result;
  }

  /**
   * The status is stored beside the hashed entry: the chain says it through the entry's status
   * changes (the last one's `to`, or OPEN, the status of every new entry). The first entry, in
   * chain order, whose stored status says otherwise. An erased entry's status changes are gone:
   * its status is kept as it was, unchecked.
   */
  private async driftedStatus(manager: EntityManager): Promise<{ id: string; problem: string } | null> {
    const [drift] = await manager.query<
      { id: string; number: string; status: IncidentStatus; chained: IncidentStatus }[]
    >(
      `WITH chained AS (
         SELECT DISTINCT ON (l.incident_id) l.incident_id, c.to_status
           FROM incident_link l JOIN incident_status_change c ON c.id = l.ref_id
          WHERE l.kind = 'STATUS'
          ORDER BY l.incident_id, l.seq DESC)
       SELECT i.id, i.number, i.status, COALESCE(chained.to_status, $1) AS chained
         FROM incident i LEFT JOIN chained ON chained.incident_id = i.id
        WHERE i.erased_at IS NULL AND i.status IS DISTINCT FROM COALESCE(chained.to_status, $1)
        ORDER BY (SELECT l.seq FROM incident_link l WHERE l.kind = 'ENTRY' AND l.ref_id = i.id)
        LIMIT 1`,
      [IncidentStatus.OPEN],
    );
    if (!drift) return null;
    const label = (status: IncidentStatus): string => INCIDENT_STATUS_LABELS[status] ?? status;
    return {
      id: drift.id,
      problem:
        `Entrée ${drift.number} : son statut enregistré (« ${label(drift.status)} ») n’est pas celui de ` +
        `son historique chaîné (« ${label(drift.chained)} ») : il a été modifié hors de Vigie.`,
    };
  }

  /**
   * The presence rows (`incident_agent`, behind `?agentId=`) must be the agents the hashed entry
   * names. The first entry, in chain order, with an agent added or removed behind the API's back.
   */
  private async driftedAgents(manager: EntityManager): Promise<{ id: string; problem: string } | null> {
    const [drift] = await manager.query<
      { id: string; number: string | null; added: string[] | null; removed: string[] | null }[]
    >(
      `WITH drift AS (
         SELECT i.id AS incident_id, a.agent_id, 'REMOVED' AS change
           FROM incident i CROSS JOIN LATERAL unnest(i.agent_ids) AS a(agent_id)
          WHERE NOT EXISTS (
            SELECT 1 FROM incident_agent ia WHERE ia.incident_id = i.id AND ia.agent_id = a.agent_id)
         UNION ALL
         SELECT ia.incident_id, ia.agent_id, 'ADDED'
           FROM incident_agent ia LEFT JOIN incident i ON i.id = ia.incident_id
          WHERE i.id IS NULL OR NOT (ia.agent_id = ANY (i.agent_ids)))
       SELECT d.incident_id AS id, i.number,
              array_agg(DISTINCT d.agent_id::text) FILTER (WHERE d.change = 'ADDED') AS added,
              array_agg(DISTINCT d.agent_id::text) FILTER (WHERE d.change = 'REMOVED') AS removed
         FROM drift d LEFT JOIN incident i ON i.id = d.incident_id
        GROUP BY d.incident_id, i.number
        ORDER BY (SELECT l.seq FROM incident_link l WHERE l.kind = 'ENTRY' AND l.ref_id = d.incident_id) NULLS LAST
        LIMIT 1`,
    );
    if (!drift) return null;
    const added = drift.added ?? [];
    const removed = drift.removed ?? [];
    const agents = await this.agents.byIds([...added, ...removed], manager);
    const name = (id: string): string => {
      const agent = agents.find((candidate) => candidate.id === id);
      return agent ? `${agent.matricule} ${agent.lastName}` : id;
    };
    const changes = [
      added.length ? `ajouté${added.length > 1 ? 's' : ''} : ${added.map(name).join(', ')}` : '',
      removed.length ? `retiré${removed.length > 1 ? 's' : ''} : ${removed.map(name).join(', ')}` : '',
    ].filter(Boolean);
    const entry = drift.number
      ? `Entrée ${drift.number}`
      : `Une entrée absente de la main courante (${drift.id})`;
    return {
      id: drift.id,
      problem: `${entry} : ses agents ne sont plus ceux de la chaîne (${changes.join(' ; ')}) : modifiés hors de Vigie.`,
    };
  }

  /**
   * The photos are kept outside the database: the chain holds their SHA-256, the store their
   * bytes. Every photo of an entry whose content is still there is read back and hashed; the
   * first one, in chain order, missing or whose bytes no longer hash to its name is reported.
   */
  private async alteredPhoto(manager: EntityManager): Promise<{ id: string; problem: string } | null> {
    let after = 0;
    for (;;) {
      const page = await this.photos.livePage(manager, after, 200);
      if (page.length === 0) return null;
      for (const photo of page) {
        const bytes = await this.store.get(photo.sha256);
        const where = `Entrée ${photo.number} : la photo n° ${photo.position + 1}`;
        if (!bytes) return { id: photo.incidentId, problem: `${where} est absente du stockage.` };
        if (createHash('sha256').update(bytes).digest('hex') !== photo.sha256) {
          return {
            id: photo.incidentId,
            problem: `${where} ne correspond plus à son empreinte : elle a été modifiée dans le stockage.`,
          };
        }
      }
      after = page[page.length - 1].row;
    }
  }

  /** The last retention purge's anchor, if any. */
  async anchorOf(manager: EntityManager): Promise<IncidentChainAnchor | null> {
    const [anchor] = await manager.find(IncidentChainAnchor, { order: { seq: 'DESC' }, take: 1 });
    return anchor ?? null;
  }

  /** Is a head exported earlier (kept outside the database) still in the chain, unchanged? */
  private async checkExported(
    manager: EntityManager,
    exported: { seq: number; hash: string },
    anchor: IncidentChainAnchor | null,
  ): Promise<ExportedHeadResponse> {
    const { seq, hash } = exported;
    const answer = (status: ExportedHeadResponse['status'], message: string): ExportedHeadResponse => ({
      seq,
      hash,
      status,
      message,
    });
    const anchorSeq = anchor ? Number(anchor.seq) : 0;
    const known =
      anchor && seq === anchorSeq
        ? anchor.hash
        : (await manager.findOneBy(IncidentLink, { seq: String(seq) }))?.hash;
    if (known === hash)
      return answer('FOUND', `Le maillon n° ${seq} exporté figure toujours dans la chaîne.`);
    if (known !== undefined) {
      return answer(
        'MISMATCH',
        `Le maillon n° ${seq} n’a plus l’empreinte exportée : la chaîne a été recalculée depuis.`,
      );
    }
    if (anchor && seq < anchorSeq) {
      return answer(
        'PURGED',
        `Le maillon n° ${seq} a été purgé (conservation) le ${anchor.purgedAt.toISOString().slice(0, 10)} ; la chaîne restante part du maillon n° ${anchorSeq}.`,
      );
    }
    return answer('MISSING', `La chaîne n’atteint plus le maillon n° ${seq} exporté : elle a été tronquée.`);
  }

  /**
   * The entries of `incidentIds` whose every link still matches its content (hash recomputed from
   * the link's own `previousHash`): the ones the retention purge may erase.
   */
  async intact(manager: EntityManager, incidentIds: string[]): Promise<Set<string>> {
    const links = await manager.find(IncidentLink, { where: { incidentId: In(incidentIds) } });
    const contents = await this.contentsOf(manager, links, new Map());
    const broken = new Set(
      links
        .filter((link) => {
          const content = contents.get(`${link.kind}:${link.refId}`);
          return !content || content === ERASED || linkHash(content, link.previousHash) !== link.hash;
        })
        .map((link) => link.incidentId),
    );
    const entries = new Set(links.filter((link) => link.kind === 'ENTRY').map((link) => link.incidentId));
    return new Set(incidentIds.filter((id) => entries.has(id) && !broken.has(id)));
  }

  /** Why an erasure was not due (recorded less than the retention before it, or in the future); null when it was. */
  private earlyErasure(entry: ErasedEntry): string | null {
    const years = this.config.retention.incidentYears;
    const due = DateTime.fromJSDate(entry.recordedAt, { zone: this.config.ruleSet.timeZone }).plus({ years });
    if (entry.erasedAt.getTime() > this.clock.now().getTime() || due.toMillis() > entry.erasedAt.getTime()) {
      return `Entrée ${entry.number} : effacée avant la fin de sa durée de conservation (${years} ans) : son contenu a été supprimé hors de Vigie.`;
    }
    return null;
  }

  /** The erased entries among the links' entries. */
  private async erasedOf(manager: EntityManager, links: IncidentLink[]): Promise<Map<string, ErasedEntry>> {
    const rows = await manager.query<{ id: string; number: string; recorded_at: Date; erased_at: Date }[]>(
      `SELECT id, number, recorded_at, erased_at FROM incident WHERE erased_at IS NOT NULL AND id = ANY($1::uuid[])`,
      [[...new Set(links.map((link) => link.incidentId))]],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        { number: row.number, recordedAt: new Date(row.recorded_at), erasedAt: new Date(row.erased_at) },
      ]),
    );
  }

  /** Each link's content, by `KIND:refId`; ERASED for every link of an erased entry. */
  private async contentsOf(
    manager: EntityManager,
    links: IncidentLink[],
    erased: Map<string, ErasedEntry>,
  ): Promise<Map<string, LinkContent>> {
    const ids = (kind: LinkKind): string[] =>
      links.filter((link) => link.kind === kind && !erased.has(link.incidentId)).map((link) => link.refId);
    const contents = new Map<string, LinkContent>();
    for (const link of links) {
      if (erased.has(link.incidentId)) contents.set(`${link.kind}:${link.refId}`, ERASED);
    }
    const entries = ids('ENTRY');
    const amendments = ids('AMENDMENT');
    const photos = await this.photos.hashesOf(manager, [...entries, ...amendments]);
    if (entries.length) {
      for (const row of await manager.findBy(Incident, { id: In(entries) }))
        contents.set(`ENTRY:${row.id}`, entryContent(row, photos.get(row.id)));
    }
    if (amendments.length) {
      for (const row of await manager.findBy(IncidentAmendment, { id: In(amendments) })) {
        contents.set(`AMENDMENT:${row.id}`, amendmentContent(row, photos.get(row.id)));
      }
    }
    const statuses = ids('STATUS');
    if (statuses.length) {
      for (const row of await manager.findBy(IncidentStatusChange, { id: In(statuses) })) {
        contents.set(`STATUS:${row.id}`, statusContent(row));
      }
    }
    return contents;
  }
}
