// `npm run backup [-- --out DIR]`: builds when needed, then archives the database (see README, Backups).
import { ensureBuilt } from './ensure-built.mjs';
import { API_DIST } from './build-state.mjs';

ensureBuilt();
await import(`${API_DIST}/backup-cli.js`);
