import { TENANT_TABLES } from '../../src/database/migrations/1796800000000-ServicesAsTenants';

/**
 * Every table under row security by service: the tenant tables of the first migration, then those
 * later migrations added (the tenancy suites check each one's policy and fingerprint its rows).
 */
export const ROW_SECURED_TABLES = [
  ...TENANT_TABLES,
  'agent_secondment',
  'service_quartier',
  'school_holiday',
  'camera_plan',
  'incident_hour',
];
