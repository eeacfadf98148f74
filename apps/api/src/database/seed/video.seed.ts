import {
  CameraKind,
  CameraStatus,
  FootageAuthority,
  footageOverwriteAt,
  FootageStatus,
  LOMME_CAMERA_PLAN,
  LommeQuartier,
  QualificationKind,
} from '@vigie/shared';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';

import { Qualification } from '../../modules/agents/qualification.entity';
import { Incident } from '../../modules/incidents/incident.entity';
import { Camera } from '../../modules/video/camera.entity';
import { CameraPlanLine } from '../../modules/video/camera-plan-line.entity';
import { CameraStatusChange } from '../../modules/video/camera-status-change.entity';
import { FootageRequest } from '../../modules/video/footage-request.entity';
import { FootageRequestEvent } from '../../modules/video/footage-request-event.entity';

const { NOMAD, FIXED } = CameraKind;
const { PLANNED, INSTALLED, ACTIVE, OUT_OF_SERVICE } = CameraStatus;
const { REQUESTED, EXTRACTED, DELIVERED, REFUSED, EXPIRED } = FootageStatus;
const HOUR = 3_600_000;

interface CameraSeed {
  code: string;
  kind: CameraKind;
  label: string;
  quartier: LommeQuartier;
  lat: number;
  lng: number;
  status: CameraStatus;
  plannedYear: number;
  /** Days before today it was installed. */
  installedDaysAgo?: number;
  connectedToCsu?: boolean;
  note?: string;
}

/** The 6 nomad cameras of 2025, and the fixed cameras of the 2026–2027 plan. */
const CAMERAS: CameraSeed[] = [
  { code: 'NOM-01', kind: NOMAD, label: 'Place du Bourg', quartier: LommeQuartier.BOURG, lat: 50.6437, lng: 2.9868, status: ACTIVE, plannedYear: 2025, installedDaysAgo: 380, connectedToCsu: true },
  { code: 'NOM-02', kind: NOMAD, label: 'Parc de la Mitterie', quartier: LommeQuartier.MITTERIE, lat: 50.6372, lng: 2.9751, status: ACTIVE, plannedYear: 2025, installedDaysAgo: 360, connectedToCsu: true },
  { code: 'NOM-03', kind: NOMAD, label: 'Rue de la Délivrance (commerces)', quartier: LommeQuartier.DELIVRANCE, lat: 50.6498, lng: 3.0176, status: ACTIVE, plannedYear: 2025, installedDaysAgo: 300, connectedToCsu: true },
  { code: 'NOM-04', kind: NOMAD, label: 'Point d’apport volontaire, Mont-à-Camp', quartier: LommeQuartier.MONT_A_CAMP, lat: 50.6561, lng: 2.9947, status: ACTIVE, plannedYear: 2025, installedDaysAgo: 240, connectedToCsu: true },
  { code: 'NOM-05', kind: NOMAD, label: 'Chemin du Halage', quartier: LommeQuartier.MARAIS, lat: 50.6329, lng: 3.0012, status: OUT_OF_SERVICE, plannedYear: 2025, installedDaysAgo: 200, connectedToCsu: false, note: 'Batterie défaillante, en attente du prestataire.' },
  { code: 'NOM-06', kind: NOMAD, label: 'Sortie du collège, rue de Canteleu', quartier: LommeQuartier.CANTELEU, lat: 50.6419, lng: 3.0271, status: ACTIVE, plannedYear: 2025, installedDaysAgo: 150, connectedToCsu: false },
  ...[
    ['FIX-01', 'Mairie — parvis', LommeQuartier.BOURG, 50.6441, 2.9879, ACTIVE, 120],
    ['FIX-02', 'Carrefour avenue de Dunkerque', LommeQuartier.BOURG, 50.6452, 2.9842, ACTIVE, 110],
    ['FIX-03', 'Gare de Lomme', LommeQuartier.DELIVRANCE, 50.6468, 3.0128, ACTIVE, 95],
    ['FIX-04', 'Place de la Délivrance', LommeQuartier.DELIVRANCE, 50.6505, 3.0191, ACTIVE, 90],
    ['FIX-05', 'Salle des sports Mitterie', LommeQuartier.MITTERIE, 50.6361, 2.9729, ACTIVE, 60],
    ['FIX-06', 'Parking du marché', LommeQuartier.BOURG, 50.6429, 2.9893, ACTIVE, 45],
    ['FIX-07', 'Rue Victor Hugo', LommeQuartier.MONT_A_CAMP, 50.6547, 2.9968, INSTALLED, 20],
    ['FIX-08', 'Avenue Foch', LommeQuartier.MARAIS, 50.6341, 3.0046, INSTALLED, 12],
    ['FIX-09', 'Rond-point de Canteleu', LommeQuartier.CANTELEU, 50.6401, 3.0301, PLANNED],
    ['FIX-10', 'Rue Pasteur', LommeQuartier.DELIVRANCE, 50.6482, 3.0149, PLANNED],
    ['FIX-11', 'Rue Jean Jaurès', LommeQuartier.DELIVRANCE, 50.6514, 3.0222, PLANNED],
    ['FIX-12', 'Allée des Tilleuls', LommeQuartier.MONT_A_CAMP, 50.6583, 2.9921, PLANNED],
    ['FIX-13', 'Rue du Marais', LommeQuartier.MARAIS, 50.6312, 2.9987, PLANNED],
    ['FIX-14', 'Rue de la Mitterie', LommeQuartier.MITTERIE, 50.6389, 2.9774, PLANNED],
  ].map(([code, label, quartier, lat, lng, status, days]) => ({
    code: code as string,
    kind: FIXED,
    label: label as string,
    quartier: quartier as LommeQuartier,
    lat: lat as number,
    lng: lng as number,
    status: status as CameraStatus,
    plannedYear: 2026,
    installedDaysAgo: days as number | undefined,
    connectedToCsu: status === ACTIVE,
  })),
  ...Array.from({ length: 16 }, (_, i) => {
    const quartiers = Object.values(LommeQuartier);
    const quartier = quartiers[i % quartiers.length];
    return {
      code: `FIX-${String(15 + i).padStart(2, '0')}`,
      kind: FIXED,
      label: `Site ${i + 1} du programme 2027`,
      quartier,
      lat: 50.632 + ((i * 7) % 16) * 0.0022,
      lng: 2.968 + ((i * 5) % 16) * 0.0037,
      status: PLANNED,
      plannedYear: 2027,
    };
  }),
]; // prettier-ignore

interface FootageSeed {
  camera: string;
  /** Window start, hours before now; the window lasts `hours`. */
  hoursAgo: number;
  hours: number;
  authority: FootageAuthority;
  reason: string;
  reference?: string;
  path: FootageStatus[];
  recipient?: string;
  refusal?: string;
  /** Link to the n-th most recent incident. */
  incident?: number;
}

const FOOTAGE: FootageSeed[] = [
  { camera: 'NOM-03', hoursAgo: 28 * 24 + 6, hours: 3, authority: FootageAuthority.POLICE_NATIONALE, reason: 'Vol à l’arraché devant la pharmacie, recherche de l’auteur.', reference: 'PV 2026/004512', path: [REQUESTED], incident: 30 },
  { camera: 'NOM-01', hoursAgo: 10 * 24, hours: 2, authority: FootageAuthority.PROSECUTOR, reason: 'Rixe sur la place du Bourg : réquisition du parquet.', reference: 'Soit-transmis 26/118', path: [REQUESTED], incident: 12 },
  { camera: 'FIX-03', hoursAgo: 3 * 24, hours: 4, authority: FootageAuthority.GENDARMERIE, reason: 'Fuite d’un véhicule signalé volé.', path: [REQUESTED] },
  { camera: 'NOM-04', hoursAgo: 12 * 24, hours: 8, authority: FootageAuthority.INTERNAL, reason: 'Dépôt sauvage récurrent : identification du véhicule.', path: [REQUESTED, EXTRACTED], incident: 8 },
  { camera: 'FIX-01', hoursAgo: 5 * 24, hours: 1, authority: FootageAuthority.POLICE_NATIONALE, reason: 'Dégradation du mobilier urbain devant la mairie.', reference: 'PV 2026/004877', path: [REQUESTED, EXTRACTED] },
  { camera: 'NOM-02', hoursAgo: 20 * 24, hours: 2, authority: FootageAuthority.POLICE_NATIONALE, reason: 'Agression dans le parc.', reference: 'PV 2026/004103', path: [REQUESTED, EXTRACTED, DELIVERED], recipient: 'Lieutenant Dufour, commissariat de Lomme', incident: 20 },
  { camera: 'NOM-06', hoursAgo: 45 * 24, hours: 1, authority: FootageAuthority.GENDARMERIE, reason: 'Accident avec délit de fuite à la sortie du collège.', path: [REQUESTED, EXTRACTED, DELIVERED], recipient: 'Adjudant Lemaire, brigade de Lambersart' },
  { camera: 'FIX-02', hoursAgo: 8 * 24, hours: 6, authority: FootageAuthority.INTERNAL, reason: 'Curiosité sur un stationnement gênant.', path: [REQUESTED, REFUSED], refusal: 'Pas de finalité prévue par l’arrêté préfectoral : demande refusée.' },
  { camera: 'NOM-05', hoursAgo: 40 * 24, hours: 2, authority: FootageAuthority.POLICE_NATIONALE, reason: 'Vol de câbles le long du canal.', path: [REQUESTED, EXPIRED] },
  { camera: 'FIX-04', hoursAgo: 15 * 24, hours: 3, authority: FootageAuthority.INTERNAL, reason: 'Outrage à agent lors d’un contrôle.', path: [REQUESTED, EXTRACTED, DELIVERED], recipient: 'Service juridique de la ville', incident: 15 },
]; // prettier-ignore

/** The cameras of the registry and a register of footage requests in every status. */
export async function seedVideo(manager: EntityManager, now: Date, zone: string): Promise<void> {
  const day = (daysAgo: number): string =>
    DateTime.fromJSDate(now, { zone }).minus({ days: daysAgo }).toISODate()!;
  // The council's plan (a demo seeded before plans were per service has it from the migration).
  await manager
    .createQueryBuilder()
    .insert()
    .into(CameraPlanLine)
    .values(LOMME_CAMERA_PLAN.map((line) => ({ ...line })))
    .orIgnore()
    .execute();
  const cameras = new Map<string, Camera>();
  for (const seed of CAMERAS) {
    const camera = await manager.save(
      manager.create(Camera, {
        code: seed.code,
        kind: seed.kind,
        label: seed.label,
        quartier: seed.quartier,
        lat: seed.lat,
        lng: seed.lng,
        status: seed.status,
        plannedYear: seed.plannedYear,
        installedOn: seed.installedDaysAgo !== undefined ? day(seed.installedDaysAgo) : null,
        connectedToCsu: seed.connectedToCsu ?? false,
      }),
    );
    cameras.set(seed.code, camera);
    const planned = new Date(now.getTime() - 400 * 24 * HOUR);
    const history: Partial<CameraStatusChange>[] = [
      { fromStatus: null, toStatus: PLANNED, at: planned, authorLogin: 'chef', note: null },
    ];
    if (seed.installedDaysAgo !== undefined) {
      const installed = new Date(now.getTime() - seed.installedDaysAgo * 24 * HOUR);
      history.push({
        fromStatus: PLANNED,
        toStatus: INSTALLED,
        at: installed,
        authorLogin: 'chef',
        note: null,
      });
      if (seed.status === ACTIVE || seed.status === OUT_OF_SERVICE)
        history.push({
          fromStatus: INSTALLED,
          toStatus: ACTIVE,
          at: new Date(installed.getTime() + 3 * 24 * HOUR),
          authorLogin: 'chef',
          note: 'Mise en service après recette.',
        });
      if (seed.status === OUT_OF_SERVICE)
        history.push({
          fromStatus: ACTIVE,
          toStatus: OUT_OF_SERVICE,
          at: new Date(now.getTime() - 9 * 24 * HOUR),
          authorLogin: 'chef',
          note: seed.note ?? null,
        });
    }
    await manager.insert(
      CameraStatusChange,
      history.map((change) => ({ ...change, cameraId: camera.id })),
    );
  }

  const incidents = await manager.find(Incident, {
    select: { id: true, occurredAt: true },
    order: { occurredAt: 'DESC' },
    take: 40,
  });
  const operators = await manager.findBy(Qualification, { kind: QualificationKind.VIDEO_OPERATOR });
  const operator = operators[0]?.agentId ?? null;
  for (const seed of FOOTAGE) {
    const camera = cameras.get(seed.camera)!;
    const windowStart = new Date(now.getTime() - seed.hoursAgo * HOUR);
    const windowEnd = new Date(windowStart.getTime() + seed.hours * HOUR);
    const overwriteAt = footageOverwriteAt(windowStart, 30);
    const requestedAt = new Date(windowEnd.getTime() + 20 * HOUR);
    const at = (step: number): Date =>
      step === 0
        ? requestedAt
        : seed.path[step] === EXPIRED
          ? overwriteAt
          : new Date(requestedAt.getTime() + step * 26 * HOUR);
    const status = seed.path[seed.path.length - 1];
    const extracted = seed.path.indexOf(EXTRACTED);
    const delivered = seed.path.indexOf(DELIVERED);
    const request = await manager.save(
      manager.create(FootageRequest, {
        cameraId: camera.id,
        windowStart,
        windowEnd,
        authority: seed.authority,
        reason: seed.reason,
        reference: seed.reference ?? null,
        incidentId: seed.incident !== undefined ? (incidents[seed.incident]?.id ?? null) : null,
        status,
        overwriteAt,
        requestedAt,
        requestedBy: 'superviseur',
        extractedAt: extracted >= 0 ? at(extracted) : null,
        operatorAgentId: extracted >= 0 ? operator : null,
        deliveredAt: delivered >= 0 ? at(delivered) : null,
        recipient: seed.recipient ?? null,
        updatedAt: at(seed.path.length - 1),
      }),
    );
    await manager.insert(
      FootageRequestEvent,
      seed.path.map((to, step) => ({
        requestId: request.id,
        fromStatus: step === 0 ? null : seed.path[step - 1],
        toStatus: to,
        note:
          step === 0
            ? seed.reason
            : to === REFUSED
              ? (seed.refusal ?? null)
              : to === EXPIRED
                ? 'Images écrasées avant extraction.'
                : to === DELIVERED
                  ? `Remis à ${seed.recipient}.`
                  : 'Images extraites sur support chiffré.',
        authorLogin: to === EXPIRED ? null : step === 0 ? 'superviseur' : 'chef',
        at: at(step),
      })),
    );
  }
}
