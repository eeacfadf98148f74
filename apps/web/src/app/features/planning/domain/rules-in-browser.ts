/**
 * What the planning runs of the rules engine in the browser (the engine and luxon),
 * in a chunk of its own: the WeekStore fetches it beside the roster context it needs, after the
 * page has drawn its week.
 */
export { coverageWithProposal } from './plan-coverage';
export { liveRoster, trialFindings } from './rule-feedback';
