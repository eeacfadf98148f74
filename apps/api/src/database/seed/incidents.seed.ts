import { randomUUID } from 'node:crypto';

import {
  AgentStatus,
  GENESIS_HASH,
  GRADE_CATEGORY,
  incidentNumber,
  IncidentStatus,
  labelPoint,
  type LatLng,
  LOMME_QUARTIER_OUTLINES,
  LOMME_TERRITORY,
  LommeQuartier,
  mulberry32,
  quartierAt,
  StaffCategory,
} from '@vigie/shared';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';

import { Agent } from '../../modules/agents/agent.entity';
import { User } from '../../modules/auth/user.entity';
import { Incident } from '../../modules/incidents/incident.entity';
import { IncidentAgent } from '../../modules/incidents/incident-agent.entity';
import { IncidentAmendment } from '../../modules/incidents/incident-amendment.entity';
import {
  amendmentContent,
  entryContent,
  linkHash,
  statusContent,
} from '../../modules/incidents/incident-chain';
import { IncidentCounter } from '../../modules/incidents/incident-counter.entity';
import { IncidentLink } from '../../modules/incidents/incident-link.entity';
import { IncidentStatusChange } from '../../modules/incidents/incident-status-change.entity';

const STREETS: Record<LommeQuartier, string[]> = {
  [LommeQuartier.BOURG]: [
    'place du Bourg',
    'rue du Bourg',
    'rue Roger Salengro',
    'avenue de Dunkerque',
    'rue de l’Église',
  ],
  [LommeQuartier.MITTERIE]: [
    'rue de la Mitterie',
    'rue Guy Môquet',
    'avenue Pierre Mendès-France',
    'rue des Bouleaux',
  ],
  [LommeQuartier.DELIVRANCE]: [
    'rue de la Délivrance',
    'rue Jean Jaurès',
    'rue Pasteur',
    'place de la Délivrance',
  ],
  [LommeQuartier.MONT_A_CAMP]: ['rue du Mont-à-Camp', 'rue Victor Hugo', 'rue Kléber', 'allée des Tilleuls'],
  [LommeQuartier.MARAIS]: ['rue du Marais', 'rue de l’Abbé Lemire', 'avenue Foch', 'chemin du Halage'],
  [LommeQuartier.CANTELEU]: ['rue de Canteleu', 'rue de Lille', 'boulevard de la Liberté', 'rue des Prés'],
};

/** Rough centres of the quartiers, for the coordinates of some entries. */
/** Where an entry's position is drawn around: the middle of its quartier's outline, as the maps draw it. */
const CENTRES = Object.fromEntries(
  Object.values(LommeQuartier).map((quartier) => [quartier, labelPoint(LOMME_QUARTIER_OUTLINES[quartier])]),
) as Record<LommeQuartier, LatLng>;

interface Kind {
  category: string;
  weight: number;
  /** Local hour and weekday patterns: picks an hour for a given weekday (1 = Monday). */
  hour: (weekday: number, random: () => number) => number | null;
  summaries: string[];
  description: string;
  asvp?: boolean;
  transferred?: number;
  actions?: { kind: string; natinf?: string }[];
}

const any = (from: number, to: number) => (_: number, random: () => number) =>
  from + Math.floor(random() * (to - from + 1));

const KINDS: Kind[] = [
  {
    category: 'PUBLIC_PEACE.NOISE',
    weight: 16,
    hour: (weekday, random) =>
      weekday >= 5 ? [22, 23, 0, 1, 2][Math.floor(random() * 5)] : random() < 0.3 ? 23 : null,
    summaries: [
      'Tapage nocturne, musique forte',
      'Bruit de fête dans un appartement',
      'Nuisances sonores devant un bar',
      'Tapage dans un hall d’immeuble',
    ],
    description:
      'Appel d’un riverain pour des nuisances sonores. Sur place, constat du bruit depuis la voie publique. Les occupants ont été invités à cesser le tapage.',
    actions: [{ kind: 'VERBAL_WARNING' }],
  },
  {
    category: 'PUBLIC_PEACE.GATHERING',
    weight: 6,
    hour: any(18, 23),
    summaries: [
      'Rassemblement de jeunes dans un hall',
      'Occupation de la place, canettes au sol',
      'Groupe bruyant devant la supérette',
    ],
    description:
      'Groupe d’une dizaine de personnes signalé par le bailleur. Contrôle et dispersion sans incident, rappel des règles de tranquillité.',
    actions: [{ kind: 'REMINDER_OF_LAW' }],
  },
  {
    category: 'PUBLIC_PEACE.RODEO',
    weight: 4,
    hour: any(17, 22),
    summaries: ['Rodéo motorisé sur le parking', 'Motocross sans plaque sur la voie publique'],
    description:
      'Plusieurs deux-roues motorisés effectuant des rodéos. Les engins ont pris la fuite à l’arrivée de l’équipage. Signalement transmis au commissariat.',
    transferred: 0.5,
    actions: [{ kind: 'INFORMATION' }],
  },
  {
    category: 'TRAFFIC.PARKING',
    weight: 18,
    hour: (weekday, random) =>
      weekday <= 5 && weekday !== 3 ? (random() < 0.5 ? 8 : 16) : any(9, 17)(weekday, random),
    summaries: [
      'Stationnement gênant devant l’école',
      'Véhicule sur le trottoir, passage bloqué',
      'Stationnement sur emplacement PMR',
      'Double file aux heures de sortie d’école',
    ],
    description:
      'Constat d’un stationnement gênant. Le conducteur absent, un avis de contravention a été apposé.',
    asvp: true,
    actions: [{ kind: 'FINE', natinf: '35008' }],
  },
  {
    category: 'TRAFFIC.ACCIDENT',
    weight: 5,
    hour: any(7, 19),
    summaries: [
      'Accrochage matériel au carrefour',
      'Chute d’un cycliste',
      'Collision sans blessé sur l’avenue',
    ],
    description:
      'Accident matériel sans blessé. Sécurisation des lieux, aide au constat amiable, régulation de la circulation le temps du dégagement.',
    actions: [{ kind: 'ASSISTANCE' }],
  },
  {
    category: 'TRAFFIC.ABANDONED_VEHICLE',
    weight: 4,
    hour: any(9, 16),
    summaries: [
      'Véhicule en stationnement abusif depuis plus de sept jours',
      'Épave sans plaque sur le parking',
    ],
    description:
      'Véhicule signalé par les riverains. Constat de l’état, recherche du titulaire, procédure de mise en fourrière engagée.',
    actions: [{ kind: 'IMPOUND' }],
  },
  {
    category: 'PROPERTY.DAMAGE',
    weight: 7,
    hour: any(0, 23),
    summaries: ['Dégradation d’un abribus', 'Vitre brisée à l’école', 'Dégradations sur du mobilier urbain'],
    description:
      'Constat de dégradations sur le domaine public. Photographies prises, services techniques informés pour la remise en état.',
    transferred: 0.2,
    actions: [{ kind: 'REPORT' }],
  },
  {
    category: 'PROPERTY.GRAFFITI',
    weight: 5,
    hour: any(8, 12),
    summaries: ['Tags sur le mur de la salle de sport', 'Graffitis sur un transformateur'],
    description:
      'Inscriptions à la bombe de peinture constatées lors de la patrouille. Services techniques prévenus pour l’effacement.',
    actions: [{ kind: 'INFORMATION' }],
  },
  {
    category: 'PROPERTY.THEFT',
    weight: 3,
    hour: any(10, 20),
    summaries: ['Vol à l’étalage signalé par un commerçant', 'Vol de vélo devant la médiathèque'],
    description:
      'Victime orientée vers le commissariat pour le dépôt de plainte. Description de l’auteur diffusée aux équipages.',
    transferred: 0.6,
    actions: [{ kind: 'INFORMATION' }],
  },
  {
    category: 'PERSONS.NEIGHBOUR_DISPUTE',
    weight: 5,
    hour: any(10, 21),
    summaries: ['Différend de voisinage au sujet d’une haie', 'Conflit entre voisins pour du stationnement'],
    description:
      'Intervention pour un différend entre voisins. Médiation sur place, les parties ont été orientées vers le conciliateur de justice.',
    actions: [{ kind: 'VERBAL_WARNING' }],
  },
  {
    category: 'PERSONS.FIGHT',
    weight: 2,
    hour: any(19, 23),
    summaries: ['Rixe à la sortie d’un bar', 'Bagarre entre adolescents au parc'],
    description:
      'Rixe signalée. Séparation des protagonistes, une personne interpellée et remise à l’OPJ du commissariat de Lomme.',
    transferred: 0.9,
    actions: [{ kind: 'HANDED_TO_OPJ' }],
  },
  {
    category: 'ENVIRONMENT.ILLEGAL_DUMPING',
    weight: 9,
    hour: any(8, 17),
    summaries: [
      'Dépôt sauvage de gravats',
      'Sacs d’ordures au pied des conteneurs',
      'Encombrants abandonnés sur le trottoir',
    ],
    description:
      'Dépôt sauvage constaté. Recherche d’éléments d’identification dans les déchets, services de propreté prévenus pour l’enlèvement.',
    asvp: true,
    actions: [{ kind: 'FINE', natinf: '25392' }],
  },
  {
    category: 'ANIMALS.STRAY',
    weight: 5,
    hour: any(7, 20),
    summaries: ['Chien errant sur la chaussée', 'Chat blessé signalé par un riverain'],
    description:
      'Animal récupéré et conduit à la fourrière animale conventionnée. Recherche du propriétaire par lecture de la puce.',
    actions: [{ kind: 'ASSISTANCE' }],
  },
  {
    category: 'ASSISTANCE.VULNERABLE',
    weight: 5,
    hour: any(6, 22),
    summaries: ['Personne âgée désorientée', 'Personne en détresse sur la voie publique'],
    description:
      'Prise en charge d’une personne vulnérable, contact avec la famille et les secours, accompagnement jusqu’à son domicile.',
    actions: [{ kind: 'ASSISTANCE' }],
  },
  {
    category: 'LOST_PROPERTY.FOUND',
    weight: 4,
    hour: any(9, 18),
    summaries: ['Portefeuille trouvé sur la voie publique', 'Trousseau de clés rapporté au poste'],
    description: 'Objet déposé au poste de police municipale et enregistré au registre des objets trouvés.',
    actions: [],
  },
  {
    category: 'PREVENTION.SCHOOL',
    weight: 4,
    hour: (weekday) => (weekday <= 5 ? 16 : null),
    summaries: ['Surveillance de la sortie d’école', 'Sécurisation de la traversée piétonne'],
    description:
      'Présence préventive à la sortie des classes, traversée des élèves sécurisée, échanges avec les parents.',
    asvp: true,
    actions: [],
  },
  {
    category: 'NATIONAL_POLICE_SUPPORT.REQUEST',
    weight: 3,
    hour: any(0, 23),
    summaries: ['Appui à un équipage de police nationale', 'Renfort pour un périmètre de sécurité'],
    description:
      'Appui apporté à la police nationale à sa demande. Bouclage du périmètre et régulation de la circulation.',
    transferred: 1,
    actions: [{ kind: 'INFORMATION' }],
  },
];

const AMENDMENTS = [
  'Le requérant a rappelé : les nuisances ont cessé.',
  'Complément : le propriétaire du véhicule a été identifié.',
  'Rectification de l’adresse : il s’agit du numéro 12 et non du 21.',
  'Les services techniques sont intervenus le lendemain.',
  'Photographies versées au dossier.',
];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

/**
 * About 400 realistic entries of the last 12 months across Lomme's quartiers and categories,
 * with amendments and mixed statuses, chained exactly as the API chains them.
 */
export async function seedIncidents(manager: EntityManager, now: Date, zone: string): Promise<void> {
  const random = mulberry32(20260612);
  const agents = (await manager.find(Agent)).filter((agent) => agent.status === AgentStatus.ACTIVE);
  const police = agents.filter((agent) => GRADE_CATEGORY[agent.grade] === StaffCategory.POLICE);
  const asvp = agents.filter((agent) => GRADE_CATEGORY[agent.grade] === StaffCategory.ASVP);
  const users = await manager.find(User);
  const userOfAgent = new Map(users.filter((user) => user.agentId).map((user) => [user.agentId!, user]));
  const supervisor = users.find((user) => user.login === 'superviseur') ?? null;
  const totalWeight = KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  const quartiers = Object.values(LommeQuartier);

  type Event =
    | { at: Date; kind: 'ENTRY'; incident: Incident }
    | { at: Date; kind: 'AMENDMENT'; amendment: IncidentAmendment }
    | { at: Date; kind: 'STATUS'; change: IncidentStatusChange };
  const events: Event[] = [];
  const incidents: Incident[] = [];
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');

  for (let daysAgo = 365; daysAgo >= 0; daysAgo--) {
    const day = today.minus({ days: daysAgo });
    const perDay = random() < 0.15 ? 0 : 1 + (random() < 0.1 ? 1 : 0);
    for (let n = 0; n < perDay; n++) {
      let roll = random() * totalWeight;
      const kind = KINDS.find((candidate) => (roll -= candidate.weight) < 0) ?? KINDS[0];
      const hour = kind.hour(day.weekday, random);
      if (hour === null) continue;
      const occurred = day.set({ hour, minute: Math.floor(random() * 60) });
      const occurredAt = occurred.toJSDate();
      if (occurredAt >= now) continue;
      const recordedAt = new Date(
        Math.min(occurredAt.getTime() + (10 + Math.floor(random() * 80)) * 60_000, now.getTime()),
      );
      const quartier = pick(quartiers, random);
      const team = kind.asvp && asvp.length > 0 && random() < 0.7 ? asvp : police;
      const present = [...new Set([pick(team, random), pick(team, random)])].slice(0, random() < 0.3 ? 1 : 2);
      const author = userOfAgent.get(present[0].id) ?? supervisor;
      const [lat, lng] = CENTRES[quartier];
      const incident = manager.create(Incident, {
        id: randomUUID(),
        occurredAt,
        recordedAt,
        category: kind.category,
        quartier,
        address: `${1 + Math.floor(random() * 120)} ${pick(STREETS[quartier], random)}`,
        lat: random() < 0.6 ? Number((lat + (random() - 0.5) * 0.006).toFixed(6)) : null,
        lng: null as number | null,
        summary: pick(kind.summaries, random),
        description: kind.description,
        agentIds: present.map((agent) => agent.id),
        cameraIds: [],
        actions: (kind.actions ?? []).map((action) => ({
          kind: action.kind,
          natinf: action.natinf ?? null,
          note: null,
        })),
        authorId: author?.id ?? null,
        authorLogin: author?.login ?? null,
        status: IncidentStatus.OPEN,
      });
      if (incident.lat !== null) {
        incident.lng = Number((lng + (random() - 0.5) * 0.008).toFixed(6));
        // A point drawn over the quartier's edge is brought halfway back to its middle until inside:
        // the map and the quartier agree.
        for (
          let i = 0;
          i < 6 && quartierAt([incident.lat, incident.lng], LOMME_TERRITORY.quartiers) !== quartier;
          i++
        ) {
          incident.lat = Number(((incident.lat + lat) / 2).toFixed(6));
          incident.lng = Number(((incident.lng + lng) / 2).toFixed(6));
        }
      }
      incidents.push(incident);
      events.push({ at: recordedAt, kind: 'ENTRY', incident });

      if (random() < 0.15) {
        const at = new Date(
          Math.min(recordedAt.getTime() + 3_600_000 * (2 + Math.floor(random() * 40)), now.getTime()),
        );
        events.push({
          at,
          kind: 'AMENDMENT',
          amendment: manager.create(IncidentAmendment, {
            id: randomUUID(),
            incidentId: incident.id,
            text: pick(AMENDMENTS, random),
            authorId: author?.id ?? null,
            authorLogin: author?.login ?? null,
            createdAt: at,
          }),
        });
      }
      // Older entries are closed (or handed over); the last weeks are still open or in progress.
      const transferred = random() < (kind.transferred ?? 0);
      const path: IncidentStatus[] =
        daysAgo < 3
          ? []
          : daysAgo < 14
            ? [IncidentStatus.IN_PROGRESS]
            : transferred
              ? [IncidentStatus.TRANSFERRED]
              : [IncidentStatus.CLOSED];
      let from: IncidentStatus = IncidentStatus.OPEN;
      let at = recordedAt;
      for (const to of path) {
        at = new Date(Math.min(at.getTime() + 3_600_000 * (1 + Math.floor(random() * 48)), now.getTime()));
        events.push({
          at,
          kind: 'STATUS',
          change: manager.create(IncidentStatusChange, {
            id: randomUUID(),
            incidentId: incident.id,
            fromStatus: from,
            toStatus: to,
            note:
              to === IncidentStatus.TRANSFERRED
                ? 'Transmis au commissariat de police nationale de Lomme.'
                : to === IncidentStatus.CLOSED
                  ? 'Intervention terminée, pas de suite.'
                  : 'Suivi en cours par la brigade.',
            authorId: supervisor?.id ?? null,
            authorLogin: supervisor?.login ?? null,
            createdAt: at,
          }),
        });
        from = to;
      }
      incident.status = from;
    }
  }

  // Numbers follow the order of recording, per year; the chain follows every write in time order.
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  const counters = new Map<number, number>();
  for (const event of events) {
    if (event.kind !== 'ENTRY') continue;
    const year = Number(DateTime.fromJSDate(event.incident.recordedAt, { zone }).toFormat('yyyy'));
    const sequence = (counters.get(year) ?? 0) + 1;
    counters.set(year, sequence);
    Object.assign(event.incident, { year, sequence, number: incidentNumber(year, sequence) });
  }
  let previousHash = GENESIS_HASH;
  const links: Partial<IncidentLink>[] = [];
  for (const [index, event] of events.entries()) {
    const [kind, refId, incidentId, content] =
      event.kind === 'ENTRY'
        ? (['ENTRY', event.incident.id, event.incident.id, entryContent(event.incident)] as const)
        : event.kind === 'AMENDMENT'
          ? ([
              'AMENDMENT',
              event.amendment.id,
              event.amendment.incidentId,
              amendmentContent(event.amendment),
            ] as const)
          : (['STATUS', event.change.id, event.change.incidentId, statusContent(event.change)] as const);
    const hash = linkHash(content, previousHash);
    links.push({ seq: String(index + 1), kind, refId, incidentId, previousHash, hash, createdAt: event.at });
    previousHash = hash;
  }

  const chunks = <T>(rows: T[], size = 250): T[][] =>
    Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  for (const chunk of chunks(incidents)) await manager.insert(Incident, chunk);
  for (const chunk of chunks(
    incidents.flatMap((incident) =>
      incident.agentIds.map((agentId) => ({ incidentId: incident.id, agentId })),
    ),
  )) {
    await manager.insert(IncidentAgent, chunk);
  }
  const amendments = events.flatMap((event) => (event.kind === 'AMENDMENT' ? [event.amendment] : []));
  for (const chunk of chunks(amendments)) await manager.insert(IncidentAmendment, chunk);
  const changes = events.flatMap((event) => (event.kind === 'STATUS' ? [event.change] : []));
  for (const chunk of chunks(changes)) await manager.insert(IncidentStatusChange, chunk);
  for (const chunk of chunks(links)) await manager.insert(IncidentLink, chunk);
  if (counters.size > 0) {
    await manager.insert(
      IncidentCounter,
      [...counters].map(([year, last]) => ({ year, last })),
    );
  }
}
