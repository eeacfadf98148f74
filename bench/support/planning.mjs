// A week of the planning for the scenarios that write to it: the shifts of a week a few weeks
// ahead generated through the API (empty, in draft), and lawful (shift, agent) pairs found by
// asking the API itself (assign, then take off again).
import { DateTime } from 'luxon';

import { api } from './vigie.mjs';

export async function prepareWeek(url, token, { weeksAhead = 4, pairs: wanted = 50 } = {}) {
  const monday = DateTime.now().setZone('Europe/Paris').startOf('week').plus({ weeks: weeksAhead });
  const from = monday.toISODate();
  const to = monday.plus({ days: 6 }).toISODate();
  await api(url, token, '/api/shifts/generate', { method: 'POST', body: { from, to } });
  const shifts = [];
  // The list is paged ({items, nextCursor}); the week's shifts are all of its pages.
  for (let cursor = null, first = true; first || cursor; first = false) {
    const page = await api(
      url,
      token,
      `/api/shifts?from=${from}&to=${to}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    shifts.push(...page.items);
    cursor = page.nextCursor;
  }
  const agents = (await api(url, token, '/api/agents?status=ACTIVE&limit=200')).items;
  // Up to three agents per shift, each agent used once before any is used twice.
  const pairs = [];
  const uses = new Map();
  for (let round = 0; round < 3 && pairs.length < wanted; round++) {
    for (const shift of shifts) {
      if (pairs.length >= wanted) break;
      const candidates = agents
        .filter((agent) => !pairs.some((p) => p.shiftId === shift.id && p.agentId === agent.id))
        .sort((a, b) => (uses.get(a.id) ?? 0) - (uses.get(b.id) ?? 0));
      for (const agent of candidates.slice(0, 6)) {
        const path = `/api/shifts/${shift.id}/assignments/${agent.id}`;
        const response = await fetch(`${url}${path}`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${token}` },
        });
        await response.arrayBuffer();
        if (response.status !== 200) continue;
        await api(url, token, path, { method: 'DELETE' });
        pairs.push({ shiftId: shift.id, agentId: agent.id });
        uses.set(agent.id, (uses.get(agent.id) ?? 0) + 1);
        break;
      }
    }
  }
  return { from, to, shifts, agents, pairs, shiftsPath: `/api/shifts?from=${from}&to=${to}` };
}
