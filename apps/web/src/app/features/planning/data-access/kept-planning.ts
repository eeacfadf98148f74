import type { AbsenceResponse, RosterChangeResponse, ScheduleResponse } from '@vigie/shared';

import { isUnreachable } from '../../../core/offline/connectivity';
import type { Vault } from '../../../core/offline/vault';

/**
 * What the phone keeps of « Mon planning » for offline use, sealed with the user's key (Vault):
 * the published weeks, the absence requests and the changes, as last fetched, and when.
 */
export interface KeptPlanning {
  schedule: ScheduleResponse;
  requests: AbsenceResponse[];
  changes: RosterChangeResponse[];
  fetchedAt: number;
}

export const KEPT_PLANNING = 'mon-planning';

/**
 * `fetch`, or without network what the phone kept (`pick` of it); the API's own refusals, and an
 * absence of network with nothing kept, fail as before.
 */
export function orKept<T>(
  fetch: () => Promise<T>,
  kept: () => Promise<KeptPlanning | null>,
  pick: (planning: KeptPlanning) => T,
): () => Promise<T> {
  return async () => {
    try {
      return await fetch();
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      const planning = await kept();
      if (!planning) throw error;
      return pick(planning);
    }
  };
}

/** The kept planning of `userId`, null when none (or unreadable). */
export function readKeptPlanning(vault: Vault, userId: string | undefined): Promise<KeptPlanning | null> {
  return userId ? vault.cached<KeptPlanning>(userId, KEPT_PLANNING).catch(() => null) : Promise.resolve(null);
}
