/** Video-protection: the camera registry and the footage requests (réquisitions d'images). */

export enum CameraKind {
  NOMAD = 'NOMAD',
  FIXED = 'FIXED',
}

export const CAMERA_KIND_LABELS: Record<CameraKind, string> = {
  [CameraKind.NOMAD]: 'Nomade',
  [CameraKind.FIXED]: 'Fixe',
};

export enum CameraStatus {
  PLANNED = 'PLANNED',
  INSTALLED = 'INSTALLED',
  ACTIVE = 'ACTIVE',
  OUT_OF_SERVICE = 'OUT_OF_SERVICE',
  REMOVED = 'REMOVED',
}

export const CAMERA_STATUS_LABELS: Record<CameraStatus, string> = {
  [CameraStatus.PLANNED]: 'Prévue',
  [CameraStatus.INSTALLED]: 'Installée',
  [CameraStatus.ACTIVE]: 'En service',
  [CameraStatus.OUT_OF_SERVICE]: 'Hors service',
  [CameraStatus.REMOVED]: 'Déposée',
};

export enum FootageStatus {
  REQUESTED = 'REQUESTED',
  EXTRACTED = 'EXTRACTED',
  DELIVERED = 'DELIVERED',
  REFUSED = 'REFUSED',
  EXPIRED = 'EXPIRED',
}

export const FOOTAGE_STATUS_LABELS: Record<FootageStatus, string> = {
  [FootageStatus.REQUESTED]: 'Demandée',
  [FootageStatus.EXTRACTED]: 'Extraite',
  [FootageStatus.DELIVERED]: 'Remise',
  [FootageStatus.REFUSED]: 'Refusée',
  [FootageStatus.EXPIRED]: 'Expirée',
};

/** Who asks for the images. */
export enum FootageAuthority {
  POLICE_NATIONALE = 'POLICE_NATIONALE',
  GENDARMERIE = 'GENDARMERIE',
  PROSECUTOR = 'PROSECUTOR',
  INTERNAL = 'INTERNAL',
}

export const FOOTAGE_AUTHORITY_LABELS: Record<FootageAuthority, string> = {
  [FootageAuthority.POLICE_NATIONALE]: 'Police nationale',
  [FootageAuthority.GENDARMERIE]: 'Gendarmerie',
  [FootageAuthority.PROSECUTOR]: 'Procureur de la République',
  [FootageAuthority.INTERNAL]: 'Police municipale (interne)',
};
