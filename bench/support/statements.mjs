// The SQL a server really runs, taken from PostgreSQL's own statement log (log_statement = all,
// switched on only while `action` runs), with the parameters of each execution — so that a
// scenario can EXPLAIN exactly what the product ran, or replay it.
import { openSync, readSync, statSync, closeSync } from 'node:fs';
import { join } from 'node:path';

import pg from 'pg';

function readFrom(path, offset) {
  const size = statSync(path).size;
  const buffer = Buffer.alloc(size - offset);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

/** Parses "$1 = 'a', $2 = NULL, …" (quotes doubled inside values). */
function parameters(detail) {
  const values = [];
  for (const match of detail.matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) {
    values[Number(match[1]) - 1] = match[2] === 'NULL' ? null : match[3].replace(/''/g, "'");
  }
  return values;
}

/** Runs `action` with statement logging on; returns the statements executed meanwhile, in order. */
export async function captureStatements(server, action) {
  const log = join(server.dataDir, 'server.log');
  const admin = new pg.Client({ connectionString: server.url() });
  await admin.connect();
  try {
    await admin.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await admin.query('SELECT pg_reload_conf()');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const offset = statSync(log).size;
    try {
      await action();
    } finally {
      await admin.query('ALTER SYSTEM RESET log_statement');
      await admin.query('SELECT pg_reload_conf()');
    }
    const text = readFrom(log, offset);
    const statements = [];
    const lastOf = new Map();
    // Entries start with a timestamp and the backend's pid; continuation lines with a tab. A
    // statement's parameters follow it in an entry of the same backend.
    for (const entry of text.split(/\n(?=\d{4}-\d{2}-\d{2} )/)) {
      const executed = /\[(\d+)\] LOG: {2}(?:execute [^:]*|statement): ([\s\S]*)$/.exec(entry);
      if (executed) {
        const statement = { sql: executed[2].trim(), params: [] };
        statements.push(statement);
        lastOf.set(executed[1], statement);
        continue;
      }
      const detail = /\[(\d+)\] DETAIL: {2}Parameters: ([\s\S]*)$/.exec(entry);
      if (detail && lastOf.has(detail[1])) lastOf.get(detail[1]).params = parameters(detail[2]);
    }
    return statements;
  } finally {
    await admin.end();
  }
}
