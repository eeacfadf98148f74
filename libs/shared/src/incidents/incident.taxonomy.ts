/** The two-level French taxonomy of the main courante: groups, and their categories (leaves). */
export interface CategoryNode {
  /** `PUBLIC_PEACE.NOISE` for a leaf, `PUBLIC_PEACE` for a group. */
  code: string;
  label: string;
}

export interface CategoryGroup extends CategoryNode {
  children: CategoryNode[];
}

const group = (code: string, label: string, children: [string, string][]): CategoryGroup => ({
  code,
  label,
  children: children.map(([leaf, leafLabel]) => ({ code: `${code}.${leaf}`, label: leafLabel })),
});

export const INCIDENT_TAXONOMY: readonly CategoryGroup[] = [
  group('PUBLIC_PEACE', 'Tranquillité publique', [
    ['NOISE', 'Bruit, tapage'],
    ['GATHERING', 'Rassemblement, occupation de hall'],
    ['RODEO', 'Rodéo motorisé'],
    ['DRUNKENNESS', 'Ivresse sur la voie publique'],
  ]),
  group('TRAFFIC', 'Circulation et stationnement', [
    ['ACCIDENT', 'Accident de la circulation'],
    ['PARKING', 'Stationnement gênant ou abusif'],
    ['ABANDONED_VEHICLE', 'Véhicule abandonné / épave'],
    ['SPEEDING', 'Vitesse excessive'],
  ]),
  group('PROPERTY', 'Atteintes aux biens', [
    ['DAMAGE', 'Dégradation'],
    ['GRAFFITI', 'Tag, graffiti'],
    ['THEFT', 'Vol'],
    ['BURGLARY', 'Cambriolage'],
  ]),
  group('PERSONS', 'Atteintes aux personnes', [
    ['FIGHT', 'Rixe'],
    ['NEIGHBOUR_DISPUTE', 'Différend de voisinage'],
    ['THREAT', 'Menace, insulte'],
  ]),
  group('ENVIRONMENT', 'Environnement', [
    ['ILLEGAL_DUMPING', 'Dépôt sauvage'],
    ['BURNING', 'Brûlage de déchets'],
  ]),
  group('ANIMALS', 'Animaux', [
    ['STRAY', 'Animal errant'],
    ['DANGEROUS', 'Animal dangereux'],
  ]),
  group('ASSISTANCE', 'Assistance aux personnes', [
    ['VULNERABLE', 'Personne vulnérable'],
    ['MEDICAL', 'Malaise, secours'],
  ]),
  group('LOST_PROPERTY', 'Objets trouvés', [
    ['FOUND', 'Objet trouvé'],
    ['RETURNED', 'Objet restitué'],
  ]),
  group('ADMIN_POLICE', 'Police administrative', [
    ['BYLAW', 'Arrêté municipal'],
    ['ESTABLISHMENT', 'Contrôle d’établissement'],
    ['MARKET', 'Marché, commerce ambulant'],
  ]),
  group('PREVENTION', 'Prévention', [
    ['SCHOOL', 'Sortie d’écoles'],
    ['HOLIDAY_WATCH', 'Opération tranquillité vacances'],
    ['PATROL', 'Îlotage, patrouille de prévention'],
  ]),
  group('NATIONAL_POLICE_SUPPORT', 'Appui police nationale', [
    ['REQUEST', 'Réquisition, appui'],
    ['ARREST', 'Interpellation, remise à OPJ'],
  ]),
];

export const CATEGORY_CODES: readonly string[] = INCIDENT_TAXONOMY.flatMap((g) =>
  g.children.map((c) => c.code),
);
export const CATEGORY_GROUP_CODES: readonly string[] = INCIDENT_TAXONOMY.map((g) => g.code);

const LABELS = new Map<string, string>(
  INCIDENT_TAXONOMY.flatMap((g) => [
    [g.code, g.label] as [string, string],
    ...g.children.map((c) => [c.code, c.label] as [string, string]),
  ]),
);

/** « Tranquillité publique › Bruit, tapage » for a leaf, the label for a group. */
export function categoryLabel(code: string, withGroup = true): string {
  const label = LABELS.get(code) ?? code;
  const groupCode = code.split('.')[0];
  return withGroup && groupCode !== code ? `${LABELS.get(groupCode) ?? groupCode} › ${label}` : label;
}

export enum IncidentActionKind {
  VERBAL_WARNING = 'VERBAL_WARNING',
  FINE = 'FINE',
  REMINDER_OF_LAW = 'REMINDER_OF_LAW',
  HANDED_TO_OPJ = 'HANDED_TO_OPJ',
  REPORT = 'REPORT',
  IMPOUND = 'IMPOUND',
  ASSISTANCE = 'ASSISTANCE',
  INFORMATION = 'INFORMATION',
}

export const ACTION_LABELS: Record<IncidentActionKind, string> = {
  [IncidentActionKind.VERBAL_WARNING]: 'Avertissement verbal',
  [IncidentActionKind.FINE]: 'Verbalisation',
  [IncidentActionKind.REMINDER_OF_LAW]: 'Rappel à la loi',
  [IncidentActionKind.HANDED_TO_OPJ]: 'Personne remise à un OPJ',
  [IncidentActionKind.REPORT]: 'Rapport / procès-verbal',
  [IncidentActionKind.IMPOUND]: 'Mise en fourrière',
  [IncidentActionKind.ASSISTANCE]: 'Assistance, secours',
  [IncidentActionKind.INFORMATION]: 'Information des services',
};

export enum IncidentStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
  /** Handed to the police nationale or the prosecutor. */
  TRANSFERRED = 'TRANSFERRED',
}

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  [IncidentStatus.OPEN]: 'Ouverte',
  [IncidentStatus.IN_PROGRESS]: 'En cours',
  [IncidentStatus.CLOSED]: 'Close',
  [IncidentStatus.TRANSFERRED]: 'Transmise',
};

/** Allowed status changes: a closed entry may be reopened; a transferred one stays transferred. */
export const STATUS_TRANSITIONS: Record<IncidentStatus, readonly IncidentStatus[]> = {
  [IncidentStatus.OPEN]: [IncidentStatus.IN_PROGRESS, IncidentStatus.CLOSED, IncidentStatus.TRANSFERRED],
  [IncidentStatus.IN_PROGRESS]: [IncidentStatus.CLOSED, IncidentStatus.TRANSFERRED],
  [IncidentStatus.CLOSED]: [IncidentStatus.IN_PROGRESS],
  [IncidentStatus.TRANSFERRED]: [],
};
