import { Capability } from '@vigie/shared';

export interface NavItem {
  label: string;
  icon: string;
  link: string;
  /** Shown only to users whose roles grant it. */
  capability?: Capability;
  exact?: boolean;
}

/** The side navigation, in the order of the service's day. */
export const NAV_ITEMS: NavItem[] = [
  { label: $localize`Accueil`, icon: 'home', link: '/', exact: true },
  // The agents' list is for those who manage staff (CHIEF, SUPERVISOR, HR), not for agents themselves.
  { label: $localize`Effectif`, icon: 'badge', link: '/effectif', capability: 'readHeadcount' },
  {
    label: $localize`Recrutement`,
    icon: 'how_to_reg',
    link: '/recrutement',
    capability: 'manageRecruitment',
  },
  { label: $localize`Comptes`, icon: 'manage_accounts', link: '/comptes', capability: 'manageUsers' },
];
