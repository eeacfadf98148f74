import { resolve } from 'node:path';

import {
  ARMOURY_LOG_RETENTION_YEARS,
  BackupPolicy,
  backupPolicyProblem,
  DEFAULT_BACKUP_POLICY,
  DEFAULT_DURATIONS,
  DEFAULT_RULE_SET,
  DurationSettings,
  FOOTAGE_REGISTER_YEARS,
  INCIDENT_RETENTION_YEARS,
  MAX_FOOTAGE_RETENTION_DAYS,
  Milestone,
  MILESTONES,
  RuleSet,
} from '@vigie/shared';
import { plainToInstance, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

import type { DatabaseTimeouts } from '../common/db/database-guard';
import { parseBackupKey } from '../modules/backup/archive';

/** Used when JWT_SECRET is not set outside production; refused in production. */
export const DEMO_JWT_SECRET = 'vigie-demo-jwt-secret-do-not-use-in-production';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

/** The environment variables Vigie reads, validated at boot. */
class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  HOST?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'doit être une URL postgres://utilisateur:motdepasse@hôte:port/base',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'doit être une URL postgres://utilisateur:motdepasse@hôte:port/base',
  })
  DATABASE_APP_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'doit contenir au moins 32 caractères' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsIn(['0', '1'])
  VIGIE_DEMO?: string;

  @IsOptional()
  @IsString()
  VIGIE_DATA_DIR?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL?: LogLevel;

  @IsOptional()
  @IsIn(['json', 'pretty'])
  LOG_FORMAT?: string;

  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @IsOptional()
  @IsString()
  ALLOWED_ORIGINS?: string;

  @IsOptional()
  @IsIn(['0', '1'])
  TRUST_PROXY?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(300)
  HEADERS_TIMEOUT_SECONDS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  REQUEST_TIMEOUT_SECONDS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60000)
  DATABASE_POOL_TIMEOUT_MS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600000)
  DATABASE_QUERY_TIMEOUT_MS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  LOGIN_LIMIT_PER_LOGIN_IP?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  LOGIN_LIMIT_PER_LOGIN?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(604800)
  LOGIN_BRAKE_SECONDS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_LIMIT_PER_IP?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  LOGIN_LIMIT_WINDOW_SECONDS?: number;

  @IsOptional()
  @IsString()
  RECRUITMENT_TYPICAL_DAYS?: string;

  @IsOptional()
  @IsString()
  ROSTER_RULES?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(300)
  PLANNER_TIME_LIMIT_SECONDS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_FOOTAGE_RETENTION_DAYS)
  FOOTAGE_RETENTION_DAYS?: number;

  /** The commune may lower it for the sujétions of night and Sunday work, never raise it (décret 2000-815 art. 1). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(800)
  @Max(1607)
  ANNUAL_HOURS?: number;

  /** The weekly hours of the commune's ARTT protocol for agents on no work cycle: above 35 h, RTT. */
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(35)
  @Max(39)
  ARTT_WEEKLY_HOURS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  RETENTION_FOOTAGE_REGISTER_YEARS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  RETENTION_CANDIDATE_MONTHS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  RETENTION_AUDIT_MONTHS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  RETENTION_INCIDENT_YEARS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  RETENTION_ARMOURY_LOG_YEARS?: number;

  @IsOptional()
  @IsString()
  VIGIE_BACKUP_DIR?: string;

  @IsOptional()
  @IsString()
  VIGIE_BACKUP_KEY?: string;

  @IsOptional()
  @IsIn(['0', '1'])
  BACKUP_NIGHTLY?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  BACKUP_KEEP_DAILY?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(260)
  BACKUP_KEEP_WEEKLY?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1200)
  BACKUP_KEEP_MONTHLY?: number;

  @IsOptional()
  @IsIn(['dir', 's3'], {
    message: 'PHOTO_STORAGE doit valoir dir (un dossier) ou s3 (un stockage compatible S3)',
  })
  PHOTO_STORAGE?: string;

  @IsOptional()
  @IsString()
  PHOTO_DIR?: string;

  @IsOptional()
  @IsString()
  PHOTO_S3_BUCKET?: string;

  @IsOptional()
  @IsString()
  PHOTO_S3_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  PHOTO_S3_REGION?: string;

  @IsOptional()
  @IsString()
  PHOTO_S3_ACCESS_KEY?: string;

  @IsOptional()
  @IsString()
  PHOTO_S3_SECRET_KEY?: string;

  @IsOptional()
  @IsIn(['0', '1'])
  PHOTO_S3_PATH_STYLE?: string;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  production: boolean;
  port: number;
  host: string;
  /** Unset: Vigie starts its embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  /** The login role the app serves through; unset: Vigie manages `<owner>_app` (see prepareDatabase). */
  databaseAppUrl: string | null;
  /** Seed the demo accounts and data (embedded default database, or VIGIE_DEMO=1). */
  demo: boolean;
  dataDir: string;
  /** VIGIE_DATA_DIR was given: the data never moves elsewhere (see embeddedDataDir). */
  dataDirExplicit: boolean;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /**
   * Failed sign-ins (successes never count): per login and address, and per address, within
   * `windowSeconds`; past `limitPerLogin` within `brakeSeconds`, a login's wrong passwords are
   * refused from every address (its right password still gets in).
   */
  login: {
    limitPerLoginIp: number;
    limitPerIp: number;
    windowSeconds: number;
    limitPerLogin: number;
    brakeSeconds: number;
  };
  log: { level: LogLevel; pretty: boolean };
  corsOrigins: string[];
  /**
   * Origins a browser may renew its session from (POST /api/auth/refresh), besides the request's
   * own and the CORS ones: e.g. the public address when a reverse proxy rewrites Host.
   */
  allowedOrigins: string[];
  trustProxy: boolean;
  /** Slow clients: time to send the headers, then the whole request; the socket is closed after. */
  http: { headersTimeoutSeconds: number; requestTimeoutSeconds: number };
  /** A database that stops answering: how long a request waits for a connection, then for an answer. */
  database: DatabaseTimeouts;
  /** Typical days toward each recruitment milestone (forecast, stalled flag). */
  recruitmentDurations: DurationSettings;
  /** The working-time rule set of the roster (décret 2000-815 by default). */
  ruleSet: RuleSet;
  /** Time given to the solver of the automatic planning. */
  plannerTimeLimitSeconds: number;
  /** Days the recorders keep the images (30 at most, the legal maximum). */
  footageRetentionDays: number;
  /** Hours a full-time year owes (1 607 h, journée de solidarité included, unless the commune lowers it). */
  annualHours: number;
  /** Weekly hours of the ARTT protocol for agents on no cycle (37 h: 12 days of RTT a year). */
  arttWeeklyHours: number;
  /** What the daily purge deletes, and when (GDPR/RGPD). */
  retention: RetentionSettings;
  /** Backups: where, encrypted with what, kept how long, made nightly or not. */
  backup: BackupSettings;
  /** Where the main courante's photos are kept. */
  photos: PhotoStorageSettings;
}

/** PHOTO_STORAGE=dir (default): a directory; s3: an S3-compatible object store. */
export type PhotoStorageSettings =
  | {
      kind: 'dir';
      /** PHOTO_DIR; null: `photos/` beside the embedded cluster (`<data dir>/photos`). */
      dir: string | null;
    }
  | {
      kind: 's3';
      bucket: string;
      /** Null: AWS itself. */
      endpoint: string | null;
      region: string;
      /** Null: the SDK's own chain (environment, instance role). */
      credentials: { accessKeyId: string; secretAccessKey: string } | null;
      /** Bucket in the path (MinIO and most S3-compatible stores), not in the host name. */
      pathStyle: boolean;
    };

export interface BackupSettings {
  /** VIGIE_BACKUP_DIR; null: `backups/` beside the embedded cluster (`<data dir>/backups`). */
  dir: string | null;
  /** AES-256 key of VIGIE_BACKUP_KEY; null: archives are not encrypted. */
  key: Buffer | null;
  policy: BackupPolicy;
  /** The default run backs up every night after the retention purge (BACKUP_NIGHTLY=0: not). */
  nightly: boolean;
}

export interface RetentionSettings {
  /** The footage register (requests and their events), years after their images were overwritten. */
  footageRegisterYears: number;
  /** Rejected or withdrawn candidates, months after that decision. */
  candidateMonths: number;
  /** The audit trail (reads and changes), months. */
  auditMonths: number;
  /** Main courante entries, years after they were recorded (each erased on its own). */
  incidentYears: number;
  /** The armoury's daily log (issues, returns, corrections), years after the issue and its return. */
  armouryLogYears: number;
}

export class ConfigError extends Error {}

/** Settings each service now keeps (issue 25): a deployment still setting them is told where they went. */
const MOVED_TO_SERVICES: [string, string][] = [
  ['SCHOOL_ZONE', 'Types de créneaux › Calendrier scolaire'],
  ['CAMERA_PLAN', 'Vidéoprotection › Plan de déploiement'],
];

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = plainToInstance(EnvironmentVariables, pick(env));
  const problems = validateSync(raw).map(
    (error) => `${error.property} : ${Object.values(error.constraints ?? {}).join(', ')}`,
  );
  const recruitmentDurations = parseDurations(raw.RECRUITMENT_TYPICAL_DAYS, problems);
  const ruleSet = parseRuleSet(raw.ROSTER_RULES, problems);
  for (const [moved, where] of MOVED_TO_SERVICES) {
    if (env[moved]) problems.push(`${moved} : n’est plus lu — chaque service a le sien (${where})`);
  }
  const nodeEnv = (raw.NODE_ENV ?? 'development') as AppConfig['env'];
  const production = nodeEnv === 'production';
  if (production) {
    if (!raw.JWT_SECRET || raw.JWT_SECRET === DEMO_JWT_SECRET) {
      problems.push(
        'JWT_SECRET : obligatoire en production (32 caractères au moins, jamais la valeur de démonstration)',
      );
    }
    if (raw.VIGIE_DEMO === '1') {
      problems.push('VIGIE_DEMO : les comptes de démonstration sont refusés en production');
    }
    if (!raw.DATABASE_URL) {
      problems.push('DATABASE_URL : obligatoire en production (la base embarquée sert au développement)');
    }
  }
  const headersTimeoutSeconds = raw.HEADERS_TIMEOUT_SECONDS ?? 10;
  const requestTimeoutSeconds = raw.REQUEST_TIMEOUT_SECONDS ?? 30;
  if (requestTimeoutSeconds < headersTimeoutSeconds) {
    problems.push('REQUEST_TIMEOUT_SECONDS : doit être supérieur ou égal à HEADERS_TIMEOUT_SECONDS');
  }
  if (raw.DATABASE_APP_URL && !raw.DATABASE_URL) {
    problems.push('DATABASE_APP_URL : ne va qu’avec DATABASE_URL (le propriétaire des tables, qui migre)');
  }
  if (env.RETENTION_FOOTAGE_DAYS) {
    // It deleted the register 30 days after the images: the register outlives them (issue 23).
    problems.push(
      'RETENTION_FOOTAGE_DAYS : remplacée par RETENTION_FOOTAGE_REGISTER_YEARS (années de conservation du registre des réquisitions après l’effacement des images, 3 par défaut) ; les images gardent leur limite de 30 jours (FOOTAGE_RETENTION_DAYS)',
    );
  }
  if (env.LOGIN_LIMIT_PER_ACCOUNT) {
    // It counted every attempt on a login from anywhere: anyone could lock a user out.
    problems.push(
      'LOGIN_LIMIT_PER_ACCOUNT : remplacée par LOGIN_LIMIT_PER_LOGIN_IP (échecs par identifiant et adresse) et LOGIN_LIMIT_PER_LOGIN (frein par identifiant, sur LOGIN_BRAKE_SECONDS)',
    );
  }
  const windowSeconds = raw.LOGIN_LIMIT_WINDOW_SECONDS ?? 60;
  const brakeSeconds = raw.LOGIN_BRAKE_SECONDS ?? 3600;
  if (brakeSeconds < windowSeconds) {
    problems.push('LOGIN_BRAKE_SECONDS : doit être supérieur ou égal à LOGIN_LIMIT_WINDOW_SECONDS');
  }
  const allowedOrigins = parseOrigins(raw.ALLOWED_ORIGINS, 'ALLOWED_ORIGINS', problems);
  const backupKey = raw.VIGIE_BACKUP_KEY ? parseBackupKey(raw.VIGIE_BACKUP_KEY) : null;
  if (raw.VIGIE_BACKUP_KEY && !backupKey) {
    problems.push(
      'VIGIE_BACKUP_KEY : doit être une clé de 32 octets, en 64 caractères hexadécimaux (openssl rand -hex 32) ou en base64',
    );
  }
  const backupPolicy: BackupPolicy = {
    daily: raw.BACKUP_KEEP_DAILY ?? DEFAULT_BACKUP_POLICY.daily,
    weekly: raw.BACKUP_KEEP_WEEKLY ?? DEFAULT_BACKUP_POLICY.weekly,
    monthly: raw.BACKUP_KEEP_MONTHLY ?? DEFAULT_BACKUP_POLICY.monthly,
  };
  const photoStorage = raw.PHOTO_STORAGE ?? 'dir';
  if (photoStorage === 's3' && !raw.PHOTO_S3_BUCKET) {
    problems.push('PHOTO_S3_BUCKET : obligatoire avec PHOTO_STORAGE=s3 (le compartiment des photos)');
  }
  if (Boolean(raw.PHOTO_S3_ACCESS_KEY) !== Boolean(raw.PHOTO_S3_SECRET_KEY)) {
    problems.push('PHOTO_S3_ACCESS_KEY et PHOTO_S3_SECRET_KEY : l’une ne va pas sans l’autre');
  }
  const policyProblem = backupPolicyProblem(backupPolicy, raw.RETENTION_INCIDENT_YEARS ?? 3);
  if (policyProblem) problems.push(policyProblem);
  if (problems.length > 0) {
    throw new ConfigError(`Configuration invalide :\n  - ${problems.join('\n  - ')}`);
  }
  const databaseUrl = raw.DATABASE_URL ?? null;
  return {
    env: nodeEnv,
    production,
    port: raw.PORT ?? 3000,
    host: raw.HOST ?? '0.0.0.0',
    databaseUrl,
    databaseAppUrl: raw.DATABASE_APP_URL ?? null,
    demo: databaseUrl === null || raw.VIGIE_DEMO === '1',
    dataDir: resolve(raw.VIGIE_DATA_DIR ?? '.data'),
    dataDirExplicit: raw.VIGIE_DATA_DIR !== undefined,
    jwtSecret: raw.JWT_SECRET ?? DEMO_JWT_SECRET,
    accessTokenTtlSeconds: raw.ACCESS_TOKEN_TTL_SECONDS ?? 900,
    refreshTokenTtlDays: raw.REFRESH_TOKEN_TTL_DAYS ?? 14,
    login: {
      limitPerLoginIp: raw.LOGIN_LIMIT_PER_LOGIN_IP ?? 5,
      limitPerIp: raw.LOGIN_LIMIT_PER_IP ?? 30,
      windowSeconds,
      limitPerLogin: raw.LOGIN_LIMIT_PER_LOGIN ?? 50,
      brakeSeconds,
    },
    log: {
      level: raw.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
      pretty: raw.LOG_FORMAT ? raw.LOG_FORMAT === 'pretty' : !production && Boolean(process.stdout.isTTY),
    },
    corsOrigins: (raw.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    allowedOrigins,
    trustProxy: raw.TRUST_PROXY === '1',
    http: { headersTimeoutSeconds, requestTimeoutSeconds },
    database: {
      acquireTimeoutMs: raw.DATABASE_POOL_TIMEOUT_MS ?? 1000,
      queryTimeoutMs: raw.DATABASE_QUERY_TIMEOUT_MS ?? 2000,
    },
    recruitmentDurations,
    ruleSet,
    plannerTimeLimitSeconds: raw.PLANNER_TIME_LIMIT_SECONDS ?? 10,
    footageRetentionDays: raw.FOOTAGE_RETENTION_DAYS ?? MAX_FOOTAGE_RETENTION_DAYS,
    annualHours: raw.ANNUAL_HOURS ?? 1607,
    arttWeeklyHours: raw.ARTT_WEEKLY_HOURS ?? 37,
    retention: {
      footageRegisterYears: raw.RETENTION_FOOTAGE_REGISTER_YEARS ?? FOOTAGE_REGISTER_YEARS,
      candidateMonths: raw.RETENTION_CANDIDATE_MONTHS ?? 3,
      auditMonths: raw.RETENTION_AUDIT_MONTHS ?? 12,
      incidentYears: raw.RETENTION_INCIDENT_YEARS ?? INCIDENT_RETENTION_YEARS,
      armouryLogYears: raw.RETENTION_ARMOURY_LOG_YEARS ?? ARMOURY_LOG_RETENTION_YEARS,
    },
    backup: {
      dir: raw.VIGIE_BACKUP_DIR ? resolve(raw.VIGIE_BACKUP_DIR) : null,
      key: backupKey,
      policy: backupPolicy,
      nightly: raw.BACKUP_NIGHTLY !== '0',
    },
    photos:
      photoStorage === 's3'
        ? {
            kind: 's3',
            bucket: raw.PHOTO_S3_BUCKET!,
            endpoint: raw.PHOTO_S3_ENDPOINT ?? null,
            region: raw.PHOTO_S3_REGION ?? 'us-east-1',
            credentials:
              raw.PHOTO_S3_ACCESS_KEY && raw.PHOTO_S3_SECRET_KEY
                ? { accessKeyId: raw.PHOTO_S3_ACCESS_KEY, secretAccessKey: raw.PHOTO_S3_SECRET_KEY }
                : null,
            pathStyle: (raw.PHOTO_S3_PATH_STYLE ?? (raw.PHOTO_S3_ENDPOINT ? '1' : '0')) === '1',
          }
        : { kind: 'dir', dir: raw.PHOTO_DIR ? resolve(raw.PHOTO_DIR) : null },
  };
}

/** `{"maxWeeklyHours": 46}`: numeric thresholds overriding the defaults of décret 2000-815. */
function parseRuleSet(json: string | undefined, problems: string[]): RuleSet {
  if (!json) return DEFAULT_RULE_SET;
  const numeric = Object.entries(DEFAULT_RULE_SET)
    .filter(([, value]) => typeof value === 'number')
    .map(([key]) => key);
  try {
    const parsed = JSON.parse(json) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error();
    for (const [key, value] of Object.entries(parsed)) {
      if (
        !numeric.includes(key) ||
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        value < 0 ||
        value > 1000
      ) {
        throw new Error();
      }
    }
    return { ...DEFAULT_RULE_SET, ...(parsed as Partial<RuleSet>) };
  } catch {
    problems.push(`ROSTER_RULES : doit être un objet JSON de seuils numériques parmi ${numeric.join(', ')}`);
    return DEFAULT_RULE_SET;
  }
}

/** `{"APPOINTED": 45, "PREFECT_APPROVAL": 120}`: days overriding the defaults, per milestone. */
function parseDurations(json: string | undefined, problems: string[]): DurationSettings {
  if (!json) return DEFAULT_DURATIONS;
  const problem = 'RECRUITMENT_TYPICAL_DAYS : doit être un objet JSON { "ÉTAPE": jours (0 à 3650) }';
  try {
    const parsed = JSON.parse(json) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error();
    const days = { ...DEFAULT_DURATIONS.days };
    for (const [key, value] of Object.entries(parsed)) {
      if (
        !MILESTONES.includes(key as Milestone) ||
        !Number.isInteger(value) ||
        (value as number) < 0 ||
        (value as number) > 3650
      ) {
        throw new Error();
      }
      days[key as Milestone] = value as number;
    }
    return { ...DEFAULT_DURATIONS, days };
  } catch {
    problems.push(problem);
    return DEFAULT_DURATIONS;
  }
}

/** `https://vigie.example.fr, http://localhost:4200`: each a bare origin (scheme, host, port). */
function parseOrigins(list: string | undefined, name: string, problems: string[]): string[] {
  const origins: string[] = [];
  for (const item of (list ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)) {
    const origin = canonicalOrigin(item);
    if (origin === null || !/^https?:\/\/[^/?#@]+\/?$/i.test(item)) {
      problems.push(`${name} : « ${item} » n’est pas une origine (schéma://hôte[:port], sans chemin)`);
    } else {
      origins.push(origin);
    }
  }
  return origins;
}

/** `https://Vigie.fr:443` → `https://vigie.fr`; null for anything but an http(s) origin. */
export function canonicalOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/** Only the variables Vigie knows, empty strings treated as unset. */
function pick(env: NodeJS.ProcessEnv): Record<string, string> {
  const known = [
    'NODE_ENV',
    'PORT',
    'HOST',
    'DATABASE_URL',
    'DATABASE_APP_URL',
    'JWT_SECRET',
    'VIGIE_DEMO',
    'VIGIE_DATA_DIR',
    'LOG_LEVEL',
    'LOG_FORMAT',
    'CORS_ORIGINS',
    'ALLOWED_ORIGINS',
    'TRUST_PROXY',
    'HEADERS_TIMEOUT_SECONDS',
    'REQUEST_TIMEOUT_SECONDS',
    'DATABASE_POOL_TIMEOUT_MS',
    'DATABASE_QUERY_TIMEOUT_MS',
    'ACCESS_TOKEN_TTL_SECONDS',
    'REFRESH_TOKEN_TTL_DAYS',
    'LOGIN_LIMIT_PER_LOGIN_IP',
    'LOGIN_LIMIT_PER_IP',
    'LOGIN_LIMIT_WINDOW_SECONDS',
    'LOGIN_LIMIT_PER_LOGIN',
    'LOGIN_BRAKE_SECONDS',
    'RECRUITMENT_TYPICAL_DAYS',
    'ROSTER_RULES',
    'PLANNER_TIME_LIMIT_SECONDS',
    'FOOTAGE_RETENTION_DAYS',
    'ANNUAL_HOURS',
    'ARTT_WEEKLY_HOURS',
    'RETENTION_FOOTAGE_REGISTER_YEARS',
    'RETENTION_CANDIDATE_MONTHS',
    'RETENTION_AUDIT_MONTHS',
    'RETENTION_INCIDENT_YEARS',
    'RETENTION_ARMOURY_LOG_YEARS',
    'VIGIE_BACKUP_DIR',
    'VIGIE_BACKUP_KEY',
    'BACKUP_NIGHTLY',
    'BACKUP_KEEP_DAILY',
    'BACKUP_KEEP_WEEKLY',
    'BACKUP_KEEP_MONTHLY',
    'PHOTO_STORAGE',
    'PHOTO_DIR',
    'PHOTO_S3_BUCKET',
    'PHOTO_S3_ENDPOINT',
    'PHOTO_S3_REGION',
    'PHOTO_S3_ACCESS_KEY',
    'PHOTO_S3_SECRET_KEY',
    'PHOTO_S3_PATH_STYLE',
  ];
  const picked: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  return picked;
}
