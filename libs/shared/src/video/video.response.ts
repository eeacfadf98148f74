import { CameraKind, CameraStatus, FootageAuthority, FootageStatus } from './video.enum';
import { FootageUrgency } from './video.rules';

export class CameraStatusChangeResponse {
  from!: CameraStatus | null;
  to!: CameraStatus;
  note!: string | null;
  author!: string | null;
  at!: string;
}

export class CameraResponse {
  id!: string;
  code!: string;
  kind!: CameraKind;
  label!: string;
  quartier!: string;
  lat!: number | null;
  lng!: number | null;
  status!: CameraStatus;
  plannedYear!: number;
  installedOn!: string | null;
  connectedToCsu!: boolean;
  version!: number;
  updatedAt!: string;
  /** Status changes, oldest first. */
  history!: CameraStatusChangeResponse[];
}

export class DeploymentRowResponse {
  year!: number;
  kind!: CameraKind;
  planned!: number;
  registered!: number;
  installed!: number;
  active!: number;
  connected!: number;
}

export class DeploymentResponse {
  rows!: DeploymentRowResponse[];
  /** Over all years, per kind. */
  totals!: DeploymentRowResponse[];
}

export class CameraRefResponse {
  id!: string;
  code!: string;
  label!: string;
  quartier!: string;
}

export class FootageEventResponse {
  from!: FootageStatus | null;
  to!: FootageStatus;
  note!: string | null;
  author!: string | null;
  at!: string;
}

export class FootageRequestResponse {
  id!: string;
  camera!: CameraRefResponse;
  from!: string;
  to!: string;
  authority!: FootageAuthority;
  reason!: string;
  reference!: string | null;
  incident!: { id: string; number: string } | null;
  status!: FootageStatus;
  /** When the recorder overwrites the first image of the window. */
  overwriteAt!: string;
  /** `critical` under 72 h before the overwrite, `overwritten` past it, `closed` once done. */
  urgency!: FootageUrgency;
  requestedAt!: string;
  requestedBy!: string | null;
  extractedAt!: string | null;
  /** The video operator who extracted the images. */
  operator!: { agentId: string; name: string } | null;
  deliveredAt!: string | null;
  recipient!: string | null;
  version!: number;
  /** The register: every status change, oldest first. */
  events!: FootageEventResponse[];
}

export class CameraPageResponse {
  items!: CameraResponse[];
  nextCursor!: string | null;
}

export class FootageRequestPageResponse {
  items!: FootageRequestResponse[];
  nextCursor!: string | null;
}
