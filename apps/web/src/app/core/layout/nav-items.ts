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
  { label: $localize`Comptes`, icon: 'manage_accounts', link: '/comptes', capability: 'manageUsers' },
];
