import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The system Chrome/Chromium the browser tests drive (never a downloaded one):
 * CHROME_PATH, else /usr/bin/chromium, else google-chrome on the PATH.
 */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} : fichier introuvable.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['google-chrome', 'google-chrome-stable', 'chromium-browser']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on the PATH
    }
  }
  throw new Error(
    'Aucun Chrome/Chromium trouvé pour les tests navigateur : installez-le (Debian : apt-get install -y chromium) ' +
      'ou indiquez son chemin dans CHROME_PATH.',
  );
}

/** Flags for a headless Chromium in a sandboxed machine with no network but the registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
