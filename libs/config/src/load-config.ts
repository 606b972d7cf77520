import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import path from 'node:path';
import { EnvSchema, SECRET_VARIABLES } from './env.schema';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuración inválida:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validated, typed configuration shared by the API, the worker and the CLI. */
export interface VerazConfig {
  env: EnvSchema['NODE_ENV'];
  isProduction: boolean;
  port: number;
  publicUrl: string;
  dataDir: string;
  secretKey: string | undefined;
  logLevel: string;
  /** express's 'trust proxy': which peers may set X-Forwarded-For/-Proto. */
  trustProxy: boolean | number | string[];
  webDistDir: string | undefined;
  database: {
    /** The app's login (never a superuser, the owner or BYPASSRLS); undefined: the embedded server. */
    url: string | undefined;
    /** The owner, for migrations and provisioning the app's login; undefined: no migrations at start-up. */
    ownerUrl: string | undefined;
    /** A hot standby for S1 reads (the app's login there too); undefined: S1 reads the primary. */
    readUrl: string | undefined;
    /**
     * The app's login without a pooler in between (LISTEN, BullMQ's PostgreSQL backend); undefined: the
     * same as `url`, which is right when nothing pools in transaction mode in front of PostgreSQL.
     */
    directUrl: string | undefined;
    poolMax: number;
    embeddedPort: number;
    migrationsRun: boolean;
  };
  queue: {
    redisUrl: string | undefined;
    prefix: string;
    concurrency: number;
    workerMode: 'auto' | 'inline' | 'none';
    attempts: number;
    backoffMs: number;
  };
  processes: {
    /** API processes of `npm start` (node:cluster); 1: a single process, as before. */
    api: number;
    /** Worker processes beside several API processes; 0: the API processes run the jobs. */
    workers: number;
  };
  auth: {
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    rateLimit: number;
    rateWindowSeconds: number;
    lockoutThreshold: number;
    /** Token requests to the S1 endpoint per credential (client_id) and per IP, per window. */
    s1TokenRate: { perClient: number; perIp: number; windowSeconds: number };
    /** Seconds a process keeps a PDN credential row and the revocation list before reading them again. */
    s1ClientCacheSeconds: number;
  };
  mail: {
    smtpUrl: string | undefined;
    from: string;
  };
  metricsToken: string | undefined;
  audit: {
    /** Seconds between checkpoints of each institution's audit chain head; 0: no schedule (CLI only). */
    checkpointIntervalSeconds: number;
  };
  obligations: {
    /** Seconds between recomputes of each institution's obligations (states follow the clock); 0: off. */
    recomputeIntervalSeconds: number;
  };
  integrity: {
    /** Seconds between catch-ups of each institution's risk scores (unscored filings, changed obligations); 0: off. */
    catchUpIntervalSeconds: number;
  };
  reminders: {
    /** Seconds between checks of each institution's pending obligations for reminders; 0: none sent. */
    intervalSeconds: number;
  };
  /** VERAZ_CLOCK: where the deadline clock starts (tests and drills); null: the real time. */
  clockStart: string | null;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): VerazConfig {
  const known = knownVariables();
  const raw: Record<string, unknown> = {};
  for (const key of known) if (source[key] !== undefined) raw[key] = source[key];
  const env = plainToInstance(EnvSchema, raw);
  const errors = validateSync(env, { forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => {
        // A wrong type explains more than a range check on the same value.
        const constraints = e.constraints ?? {};
        const message = constraints.isInt ?? constraints.isBoolean ?? Object.values(constraints)[0] ?? 'valor inválido';
        const shown = SECRET_VARIABLES.has(e.property) ? '' : ` (valor recibido: ${JSON.stringify(source[e.property])})`;
        return `${e.property} ${message}${shown}`;
      }),
    );
  }
  if (env.NODE_ENV === 'production' && !env.VERAZ_SECRET_KEY) {
    throw new ConfigError(['VERAZ_SECRET_KEY es obligatorio en producción (genera uno con: openssl rand -base64 48)']);
  }
  if (env.NODE_ENV === 'production' && env.VERAZ_CLOCK) {
    throw new ConfigError(['VERAZ_CLOCK solo se admite fuera de producción: los plazos legales usan la fecha real']);
  }
  if (env.DATABASE_READ_URL && !env.DATABASE_URL) {
    throw new ConfigError(['DATABASE_READ_URL necesita DATABASE_URL: la réplica de lectura es una copia del PostgreSQL de DATABASE_URL']);
  }
  if (env.DATABASE_DIRECT_URL && !env.DATABASE_URL) {
    throw new ConfigError(['DATABASE_DIRECT_URL necesita DATABASE_URL: es la misma conexión de la aplicación, sin PgBouncer de por medio']);
  }
  if (env.DATABASE_DIRECT_URL && env.DATABASE_URL && loginName(env.DATABASE_DIRECT_URL) !== loginName(env.DATABASE_URL)) {
    throw new ConfigError(['DATABASE_DIRECT_URL debe usar el mismo usuario que DATABASE_URL (el de la aplicación), directo a PostgreSQL']);
  }
  if (env.DATABASE_OWNER_URL && !env.DATABASE_URL) {
    throw new ConfigError([
      'DATABASE_OWNER_URL necesita DATABASE_URL: la aplicación se conecta con el usuario de DATABASE_URL, nunca con el dueño',
    ]);
  }
  const dataDir = path.resolve(env.VERAZ_DATA_DIR);
  return {
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.PORT,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    dataDir,
    secretKey: env.VERAZ_SECRET_KEY,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    webDistDir: env.WEB_DIST_DIR,
    database: {
      url: env.DATABASE_URL,
      ownerUrl: env.DATABASE_OWNER_URL,
      readUrl: env.DATABASE_READ_URL,
      directUrl: env.DATABASE_DIRECT_URL,
      poolMax: env.DATABASE_POOL_MAX,
      embeddedPort: env.EMBEDDED_PG_PORT,
      migrationsRun: env.MIGRATIONS_RUN,
    },
    queue: {
      redisUrl: env.REDIS_URL,
      prefix: env.QUEUE_PREFIX,
      concurrency: env.WORKER_CONCURRENCY,
      workerMode: env.WORKER_MODE,
      attempts: env.JOB_ATTEMPTS,
      backoffMs: env.JOB_BACKOFF_MS,
    },
    processes: { api: env.API_PROCESSES, workers: env.WORKER_PROCESSES },
    auth: {
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      rateLimit: env.AUTH_RATE_LIMIT,
      rateWindowSeconds: env.AUTH_RATE_WINDOW_SECONDS,
      lockoutThreshold: env.LOGIN_LOCKOUT_THRESHOLD,
      s1TokenRate: { perClient: env.S1_TOKEN_RATE_LIMIT_PER_CLIENT, perIp: env.S1_TOKEN_RATE_LIMIT_PER_IP, windowSeconds: env.S1_TOKEN_RATE_WINDOW_SECONDS },
      s1ClientCacheSeconds: env.S1_CLIENT_CACHE_SECONDS,
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    metricsToken: env.METRICS_TOKEN,
    audit: { checkpointIntervalSeconds: env.AUDIT_CHECKPOINT_INTERVAL_SECONDS },
    obligations: { recomputeIntervalSeconds: env.OBLIGATIONS_RECOMPUTE_INTERVAL_SECONDS },
    integrity: { catchUpIntervalSeconds: env.INTEGRITY_CATCH_UP_INTERVAL_SECONDS },
    reminders: { intervalSeconds: env.REMINDERS_INTERVAL_SECONDS },
    clockStart: env.VERAZ_CLOCK ?? null,
  };
}

/** Names of every variable the schema knows (read from its validation metadata). */
export function knownVariables(): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(EnvSchema, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))].sort();
}

/** The user a postgres:// URL logs in as (decoded); '' when it names none. */
function loginName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).username);
  } catch {
    return '';
  }
}
