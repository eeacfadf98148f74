/**
 * Test data of the planning rules, for the specs of every project (`@vigie/shared/testing`):
 * builders of crafted rosters and the realistic month fixture. Never imported by application code.
 */
export * from './planning/roster.builders';
export * from './planning/roster.fixtures';
