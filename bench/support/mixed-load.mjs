// The autocannon profile of the load scenario (loaded by load.mjs in the load generator's own
// process): every connection loops over a day's mix of the main courante and the planning —
// list pages and entries read (each read journaled), the week's planning read, an entry
// recorded, an agent assigned to a shift under the working-time rules then taken off it.
// Each connection has its own (shift, agent) pair and its own page cursor.
let connections = 0;

/** options: url, token, connections, duration, listPaths, incidentIds, shiftsPath, pairs, body */
export function autocannonOptions(options) {
  const { url, token, listPaths, incidentIds, shiftsPath, pairs, body } = options;
  const headers = { authorization: `Bearer ${token}` };
  const json = { ...headers, 'content-type': 'application/json' };
  const pick = (items) => items[Math.floor(Math.random() * items.length)];
  const list = { method: 'GET', headers, setupRequest: (request) => ({ ...request, path: pick(listPaths) }) };
  const read = {
    method: 'GET',
    headers,
    setupRequest: (request) => ({ ...request, path: `/api/incidents/${pick(incidentIds)}` }),
  };
  const assignment = (method) => ({
    method,
    headers,
    setupRequest: (request, context) => {
      context.pair ??= pairs[connections++ % pairs.length];
      return { ...request, path: `/api/shifts/${context.pair.shiftId}/assignments/${context.pair.agentId}` };
    },
  });
  return {
    url,
    connections: options.connections,
    duration: options.duration,
    timeout: 10,
    requests: [
      list,
      read,
      { method: 'GET', path: shiftsPath, headers },
      list,
      { method: 'POST', path: '/api/incidents', headers: json, body },
      assignment('PUT'),
      list,
      read,
      { method: 'GET', path: shiftsPath, headers },
      assignment('DELETE'),
    ],
  };
}
