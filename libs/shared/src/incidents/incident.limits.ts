/**
 * Lengths of the incident register's fields, read by the DTOs' decorators (API) and by the entry
 * forms' validators (web). Pure: no decorator, no framework.
 */
export const INCIDENT_LIMITS = {
  address: { min: 3, max: 200 },
  summary: { min: 3, max: 200 },
  description: { max: 10_000 },
  actionNote: { max: 500 },
  amendment: { min: 2, max: 5_000 },
  statusNote: { min: 2, max: 1_000 },
  search: { max: 200 },
} as const;

/** A NATINF offence code: 1 to 5 digits. */
export const NATINF_PATTERN = /^\d{1,5}$/;
