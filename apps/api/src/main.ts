import 'reflect-metadata';

import { join } from 'node:path';

import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

import { createApp } from './app.setup';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { embeddedDataDir, EmbeddedPostgres, EmbeddedPostgresError } from './database/embedded-postgres';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './database/seed/demo-seed';
import { prepareData } from './database/seed/prepare-data';
import { OTHER_DEMO_ACCOUNTS } from './database/seed/services.seed';

const say = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  let app: NestFastifyApplication | undefined;
  let stopping = false;

  const stop = async (signal: string): Promise<void> => {
    if (stopping) {
      say('Arrêt forcé.');
      process.exit(1);
    }
    stopping = true;
    say(`\n${signal} reçu : arrêt de Vigie (les requêtes en cours se terminent)…`);
    // A request that never ends must not keep Vigie from stopping (docker waits 10 s, then kills).
    setTimeout(() => {
      say('Arrêt forcé : des requêtes ne se terminaient pas.');
      process.exit(1);
    }, 30_000).unref();
    try {
      await app?.close();
      await embedded?.stop();
      say('Vigie est arrêté.');
      process.exit(0);
    } catch (error) {
      process.stderr.write(`Arrêt incomplet : ${String(error)}\n`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  let databaseUrl = config.databaseUrl;
  let dataDir = config.dataDir;
  if (!databaseUrl) {
    dataDir = embeddedDataDir(config.dataDir, { explicit: config.dataDirExplicit });
    if (dataDir !== config.dataDir) {
      say(
        `${config.dataDir} est fermé à l’utilisateur de PostgreSQL (Vigie tourne en root) : ` +
          `les données sont placées dans ${dataDir}.`,
      );
    }
    say(`Démarrage de PostgreSQL embarqué (données : ${dataDir})…`);
    embedded = await EmbeddedPostgres.start({
      dataDir: join(dataDir, 'pg'),
      database: 'vigie',
      log: say,
    });
    databaseUrl = embedded.url('vigie');
  }
  try {
    app = await createApp(config, databaseUrl);
    const written = await prepareData(app.get(DataSource), config);
    if (written.length > 0) say(`Données de démonstration écrites : ${written.join(', ')}.`);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  banner(config, await app.getUrl(), embedded, dataDir);
}

function banner(
  config: AppConfig,
  listening: string,
  embedded: EmbeddedPostgres | undefined,
  dataDir: string,
): void {
  const url = listening
    .replace('[::1]', 'localhost')
    .replace('127.0.0.1', 'localhost')
    .replace('0.0.0.0', 'localhost');
  const lines = [
    '',
    `  Vigie est prêt : ${url}`,
    `  API : ${url}/api   ·   documentation : ${url}/api/docs`,
    embedded
      ? `  Base : PostgreSQL embarqué (port ${embedded.port}, données dans ${dataDir})`
      : '  Base : DATABASE_URL',
  ];
  if (config.demo) {
    lines.push(`  Comptes de démonstration (mot de passe « ${DEMO_PASSWORD} ») :`);
    for (const account of DEMO_ACCOUNTS)
      lines.push(`    ${account.login.padEnd(12)} ${account.roles.join(', ').padEnd(11)} ${account.what}`);
    for (const account of OTHER_DEMO_ACCOUNTS)
      lines.push(`    ${account.login.padEnd(12)} ${account.roles.padEnd(11)} ${account.what}`);
  }
  lines.push('  Ctrl-C pour arrêter.', '');
  say(lines.join('\n'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Vigie n’a pas pu démarrer : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
