// Marks dist/ as built from the current sources (see build-state.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { STAMP } from './build-state.mjs';

mkdirSync(dirname(STAMP), { recursive: true });
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
