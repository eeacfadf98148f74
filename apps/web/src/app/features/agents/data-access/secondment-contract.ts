/**
 * The secondments' part of the shared contract (libs/shared/src/agents/secondment.*).
 *
 * `@vigie/shared`'s browser entry (libs/shared/src/browser.ts), which the web compiles against,
 * does not re-export these three modules yet — its own browser.spec.ts says so. Until it does,
 * the web reads them here, from their files, and from nowhere else: once the entry has them, the
 * importers of this file import `@vigie/shared` instead and it goes. The request DTO is a type
 * only, so class-validator stays out of the browser bundle as the entry intends.
 */
export type * from '../../../../../../../libs/shared/src/agents/secondment.dto';
export * from '../../../../../../../libs/shared/src/agents/secondment.response';
export * from '../../../../../../../libs/shared/src/agents/secondment.rules';
