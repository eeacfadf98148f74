// `npm run restore -- <archive> [--force]`: builds when needed, then restores (see README, Backups).
import { ensureBuilt } from './ensure-built.mjs';
import { API_DIST } from './build-state.mjs';

ensureBuilt();
await import(`${API_DIST}/restore-cli.js`);
