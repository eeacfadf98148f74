import { daysBetween } from '../common/calendar/local-date';
import { RosterAgent, RosterShift } from './roster.types';

/**
 * Of the days of [from, to] (local dates, both included), those the agent is at this service's
 * disposal (`days`), and the same each weighted by its convention's share of his working time
 * (`shared`, CSI L512-1). Null for the service's own agents. Pure.
 */
export function secondedDays(
  agent: RosterAgent,
  from: string,
  to: string,
): { days: number; shared: number } | null {
  if (!agent.secondments) return null;
  let days = 0;
  let shared = 0;
  for (const secondment of agent.secondments) {
    const first = secondment.from > from ? secondment.from : from;
    const last = secondment.to < to ? secondment.to : to;
    if (first > last) continue;
    const length = daysBetween(first, last) + 1;
    days += length;
    shared += (length * secondment.sharePercent) / 100;
  }
  return { days, shared };
}

/**
 * Whether `shift` counts in the agent's load at this service: every shift of its own agents
 * (their duty at another service too, against their whole contract), only this service's shifts
 * of another service's agent at its disposal (against his share of it, `ratioHere`).
 */
export function inLoadHere(agent: RosterAgent, shift: RosterShift): boolean {
  return !agent.secondments || !shift.elsewhere;
}

/**
 * The part of a full-time contract the agent works for this service over [from, to]: his
 * contract's ratio, times his convention's share when he is another service's agent at its
 * disposal (the greedy pass and the solver weigh loads by it, the roster check warns beyond it).
 */
export function ratioHere(agent: RosterAgent, from: string, to: string): number {
  const seconded = secondedDays(agent, from, to);
  if (!seconded || seconded.days === 0) return agent.contractRatio;
  // To 1/10 000: 20 % of a week is 0.2, not a float's 0.19999….
  return Math.round(((agent.contractRatio * seconded.shared) / seconded.days) * 10_000) / 10_000;
}
