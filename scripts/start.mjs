// `npm start`: builds when needed, then runs Vigie (API + web) on one port.
// Without DATABASE_URL it starts an embedded PostgreSQL under .data/ with the demo data.
import { ensureBuilt } from './ensure-built.mjs';
import { API_MAIN } from './build-state.mjs';

ensureBuilt();
await import(API_MAIN);
