import { can, Capability, Role, type UserResponse } from '@vigie/shared';

export interface NavItem {
  label: string;
  icon: string;
  link: string;
  /** Shown only to users whose roles grant it. */
  capability?: Capability;
  /** Hidden from users whose only role is AGENT: they have « Mon planning » instead. */
  staffOnly?: boolean;
  /** Shown only to users linked to an agent record. */
  agentRecord?: boolean;
  /** Hidden from users whose roles grant it (« Accueil » gives way to « Tableau de bord »). */
  hiddenWith?: Capability;
  exact?: boolean;
  /** A sub-entry, shown indented under the entry before it. */
  sub?: boolean;
  /** The name of a sub-entry on its own (the home page's shortcuts). */
  fullLabel?: string;
  /** Shown to platform accounts, and only to them (they have nothing else). */
  platform?: boolean;
}

/** The side navigation, in the order of the service's day. */
export const NAV_ITEMS: NavItem[] = [
  // The home page of a chief or a chief de brigade is the dashboard.
  {
    label: $localize`Tableau de bord`,
    icon: 'dashboard',
    link: '/',
    exact: true,
    capability: 'readDashboard',
  },
  { label: $localize`Accueil`, icon: 'home', link: '/', exact: true, hiddenWith: 'readDashboard' },
  {
    label: $localize`Planning`,
    icon: 'calendar_month',
    link: '/planning',
    capability: 'readPlanning',
    staffOnly: true,
  },
  {
    label: $localize`Mon planning`,
    icon: 'event',
    link: '/mon-planning',
    capability: 'readSchedule',
    agentRecord: true,
  },
  {
    label: $localize`Absences`,
    icon: 'event_busy',
    link: '/absences',
    capability: 'readAbsences',
    staffOnly: true,
  },
  // Everybody's hours (one's own are in the account menu: a personal matter).
  {
    label: $localize`Comptes d’heures`,
    icon: 'timer',
    link: '/comptes-d-heures',
    capability: 'readAnyTimeAccount',
  },
  {
    label: $localize`Main courante`,
    icon: 'assignment',
    link: '/main-courante',
    capability: 'readIncidents',
  },
  {
    label: $localize`Statistiques`,
    icon: 'insights',
    link: '/main-courante/statistiques',
    capability: 'reviewIncidents',
    sub: true,
    fullLabel: $localize`Statistiques de la main courante`,
  },
  {
    label: $localize`Vidéoprotection`,
    icon: 'videocam',
    link: '/videoprotection',
    capability: 'readCameras',
  },
  {
    label: $localize`Réquisitions`,
    icon: 'video_file',
    link: '/videoprotection/requisitions',
    capability: 'manageFootage',
    sub: true,
    fullLabel: $localize`Réquisitions d’images`,
  },
  { label: $localize`Armurerie`, icon: 'shield', link: '/armurerie', capability: 'readWeapons' },
  // The agents' list is for those who manage staff (CHIEF, SUPERVISOR, HR), not for agents themselves.
  { label: $localize`Effectif`, icon: 'badge', link: '/effectif', capability: 'readHeadcount' },
  {
    label: $localize`Recrutement`,
    icon: 'how_to_reg',
    link: '/recrutement',
    capability: 'manageRecruitment',
  },
  { label: $localize`Comptes`, icon: 'manage_accounts', link: '/comptes', capability: 'manageUsers' },
  // The sectors the service files its entries and cameras under: the chief keeps them.
  { label: $localize`Quartiers`, icon: 'map', link: '/service/quartiers', capability: 'manageTerritory' },
  {
    label: $localize`Registre RGPD`,
    icon: 'gavel',
    link: '/registre-des-traitements',
    capability: 'readProcessingRegister',
  },
  { label: $localize`Services`, icon: 'local_police', link: '/plateforme', platform: true },
];

/** True when the user holds no other role than AGENT. */
export function agentOnly(user: UserResponse | null): boolean {
  return !!user && user.roles.length > 0 && user.roles.every((role) => role === Role.AGENT);
}

/** The items a user may see, in order. */
export function navItemsFor(user: UserResponse | null): NavItem[] {
  const roles = user?.roles ?? [];
  if (user?.platform) return NAV_ITEMS.filter((item) => item.platform);
  return NAV_ITEMS.filter(
    (item) =>
      !item.platform &&
      (!item.capability || can(roles, item.capability)) &&
      (!item.hiddenWith || !can(roles, item.hiddenWith)) &&
      (!item.staffOnly || !agentOnly(user)) &&
      (!item.agentRecord || !!user?.agentId),
  );
}

/**
 * The link of the entry to highlight for a URL: the longest one the URL is under, so that
 * « Statistiques » alone is lit on its page, and « Main courante » on an entry.
 */
export function activeNavLink(items: readonly NavItem[], url: string): string | null {
  const path = url.split(/[?#]/)[0];
  let best: NavItem | null = null;
  for (const item of items) {
    const matches = item.exact
      ? path === item.link
      : path === item.link || path.startsWith(`${item.link === '/' ? '' : item.link}/`);
    if (matches && (!best || item.link.length > best.link.length)) best = item;
  }
  return best?.link ?? null;
}
