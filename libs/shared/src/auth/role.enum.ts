/** The four roles of PRODUCT.md. A user may hold several. */
export enum Role {
  CHIEF = 'CHIEF',
  SUPERVISOR = 'SUPERVISOR',
  AGENT = 'AGENT',
  HR = 'HR',
}

export const ROLES: readonly Role[] = [Role.CHIEF, Role.SUPERVISOR, Role.AGENT, Role.HR];

export const ROLE_LABELS: Record<Role, string> = {
  [Role.CHIEF]: 'Chef de service',
  [Role.SUPERVISOR]: 'Chef de brigade',
  [Role.AGENT]: 'Agent',
  [Role.HR]: 'Ressources humaines',
};
