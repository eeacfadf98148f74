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
  const shifts = await api(url, token, `/api/shifts?from=${from}&to=${to}`);
  const agents = (await api(url, token, '/api/agents?status=ACTIVE&limit=200')).items;
  const pairs = [];
  const busy = new Set();
  for (const shift of shifts) {
    for (const agent of agents) {
      if (pairs.length >= wanted) break;
      if (busy.has(agent.id) && pairs.length < agents.length) continue;
      const path = `/api/shifts/${shift.id}/assignments/${agent.id}`;
      const response = await fetch(`${url}${path}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}` },
      });
      await response.arrayBuffer();
      if (response.status !== 200) continue;
      await api(url, token, path, { method: 'DELETE' });
      pairs.push({ shiftId: shift.id, agentId: agent.id });
      busy.add(agent.id);
      break;
    }
  }
  return { from, to, shifts, agents, pairs, shiftsPath: `/api/shifts?from=${from}&to=${to}` };
}
