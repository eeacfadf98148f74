// Whether the build in dist/ is up to date with the sources, by modification times.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const STAMP = join(ROOT, 'dist', '.build-stamp');
export const API_DIST = join(ROOT, 'dist/apps/api/apps/api/src');
export const API_MAIN = join(API_DIST, 'main.js');
export const WEB_INDEX = join(ROOT, 'dist/apps/web/browser/index.html');

const SOURCES = [
  'apps/api/src',
  'apps/web/src',
  'apps/web/public',
  'libs/shared/src',
  'apps/web/angular.json',
  'apps/web/ngsw-config.json',
  'apps/api/tsconfig.app.json',
  'nest-cli.json',
  'tsconfig.base.json',
  'package-lock.json',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

export function buildIsFresh() {
  if (!existsSync(STAMP) || !existsSync(API_MAIN) || !existsSync(WEB_INDEX)) return false;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.every((source) => newest(join(ROOT, source)) <= built);
}
