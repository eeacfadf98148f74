import {
  CameraKind,
  type CameraResponse,
  CameraStatus,
  type DeploymentResponse,
  FootageAuthority,
  type FootageRequestResponse,
  FootageStatus,
  LommeQuartier,
} from '@vigie/shared';

/** Test data of the video-protection specs. */

export const NOW = new Date('2026-11-25T20:00:00Z'); // 21:00 in Paris
const HOUR = 3_600_000;
export const hoursFromNow = (hours: number): string => new Date(NOW.getTime() + hours * HOUR).toISOString();

export function cameraOf(code: string, overrides: Partial<CameraResponse> = {}): CameraResponse {
  return {
    id: `cam-${code}`,
    code,
    kind: code.startsWith('NOM') ? CameraKind.NOMAD : CameraKind.FIXED,
    label: `Caméra ${code}`,
    quartier: LommeQuartier.BOURG,
    lat: 50.6437,
    lng: 2.9868,
    status: CameraStatus.ACTIVE,
    plannedYear: 2025,
    installedOn: '2025-10-11',
    connectedToCsu: true,
    version: 1,
    updatedAt: '2025-10-11T08:00:00.000Z',
    history: [],
    ...overrides,
  };
}

export const DEPLOYMENT: DeploymentResponse = {
  rows: [
    { year: 2025, kind: CameraKind.NOMAD, planned: 6, registered: 6, installed: 6, active: 5, connected: 4 },
    {
      year: 2026,
      kind: CameraKind.FIXED,
      planned: 14,
      registered: 14,
      installed: 8,
      active: 6,
      connected: 6,
    },
  ],
  totals: [
    { year: 0, kind: CameraKind.NOMAD, planned: 6, registered: 6, installed: 6, active: 5, connected: 4 },
    { year: 0, kind: CameraKind.FIXED, planned: 14, registered: 14, installed: 8, active: 6, connected: 6 },
  ],
};

/** A request whose images are overwritten `hoursLeft` hours after NOW. */
export function footageOf(
  id: string,
  status: FootageStatus,
  hoursLeft: number,
  overrides: Partial<FootageRequestResponse> = {},
): FootageRequestResponse {
  const overwriteAt = hoursFromNow(hoursLeft);
  const from = new Date(Date.parse(overwriteAt) - 30 * 24 * HOUR).toISOString();
  return {
    id,
    camera: { id: 'cam-NOM-01', code: 'NOM-01', label: 'Place du Bourg', quartier: LommeQuartier.BOURG },
    from,
    to: new Date(Date.parse(from) + 2 * HOUR).toISOString(),
    authority: FootageAuthority.POLICE_NATIONALE,
    reason: 'Vol à l’arraché.',
    reference: null,
    incident: null,
    status,
    overwriteAt,
    urgency: 'ok',
    requestedAt: hoursFromNow(-48),
    requestedBy: 'superviseur',
    extractedAt: null,
    operator: null,
    deliveredAt: null,
    recipient: null,
    version: 1,
    events: [
      { from: null, to: FootageStatus.REQUESTED, note: null, author: 'superviseur', at: hoursFromNow(-48) },
    ],
    ...overrides,
  };
}
