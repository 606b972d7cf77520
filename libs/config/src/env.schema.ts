import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MinLength,
  Min,
  ValidateBy,
} from 'class-validator';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  const v = String(value).toLowerCase();
  if (['1', 'true', 'yes', 'si', 'sí', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return value;
};
/** TRUST_PROXY as express's 'trust proxy' takes it: false, true, a hop count or a list of addresses/CIDRs. */
const toTrustProxy = ({ value }: { value: unknown }) => {
  if (value === undefined || typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(v)) return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0);
};
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const isProxyEntry = (entry: unknown): boolean => {
  if (typeof entry !== 'string') return false;
  if (PROXY_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
};
const IsTrustProxy = () =>
  ValidateBy({
    name: 'isTrustProxy',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'boolean' ||
        (typeof value === 'number' && Number.isInteger(value)) ||
        (Array.isArray(value) && value.length > 0 && value.every(isProxyEntry)),
      defaultMessage: () => 'debe ser false, un número de proxies o una lista de IP/CIDR (p. ej. loopback,10.0.0.0/8)',
    },
  });
const blankToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every environment variable Veraz reads. Each one is documented in `.env.example`;
 * a test keeps both lists identical.
 */
export class EnvSchema {
  // --- app ---
  @IsIn(['development', 'production', 'test'], { message: 'debe ser development, production o test' })
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero' })
  @Min(0, { message: 'debe estar entre 0 y 65535' })
  @Max(65535, { message: 'debe estar entre 0 y 65535' })
  PORT = 3000;

  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(:\d+)?(\/[^\s]*)?$/, { message: 'debe ser una URL http(s) como https://declaraciones.ejemplo.gob.mx' })
  PUBLIC_URL?: string;

  @IsString({ message: 'debe ser una ruta de carpeta' })
  @MinLength(1, { message: 'no puede estar vacío' })
  VERAZ_DATA_DIR = './data';

  @Transform(blankToUndefined)
  @IsOptional()
  @MinLength(32, { message: 'debe tener al menos 32 caracteres (genera uno con: openssl rand -base64 48)' })
  VERAZ_SECRET_KEY?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'debe ser fatal, error, warn, info, debug, trace o silent' })
  LOG_LEVEL = 'info';

  @Transform(toTrustProxy)
  @IsTrustProxy()
  TRUST_PROXY: boolean | number | string[] = false;

  @Transform(blankToUndefined)
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  // --- database ---
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'debe ser una URL postgres://usuario:contraseña@servidor:5432/base' })
  DATABASE_URL?: string;

  // The owner of Veraz's tables: migrations and the app login's provisioning only, never the app's queries.
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'debe ser una URL postgres://usuario:contraseña@servidor:5432/base' })
  DATABASE_OWNER_URL?: string;

  // A streaming standby of DATABASE_URL's database: S1 queries, the bulk download and the change feed read from it.
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'debe ser una URL postgres://usuario:contraseña@servidor:5432/base' })
  DATABASE_READ_URL?: string;
  // The app's login straight to PostgreSQL, for what a transaction-pooling PgBouncer cannot carry: LISTEN
  // (outbox relay) and BullMQ's PostgreSQL backend (LISTEN and a session search_path). Default: DATABASE_URL.
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'debe ser una URL postgres://usuario:contraseña@servidor:5432/base' })
  DATABASE_DIRECT_URL?: string;

  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero' })
  @Min(1, { message: 'debe estar entre 1 y 200' })
  @Max(200, { message: 'debe estar entre 1 y 200' })
  DATABASE_POOL_MAX = 10;

  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero' })
  @Min(1024, { message: 'debe estar entre 1024 y 65535' })
  @Max(65535, { message: 'debe estar entre 1024 y 65535' })
  EMBEDDED_PG_PORT = 54329;

  @Transform(toBool)
  @IsBoolean({ message: 'debe ser true o false' })
  MIGRATIONS_RUN = true;

  // --- queue ---
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'debe ser una URL redis://servidor:6379' })
  REDIS_URL?: string;

  @Matches(/^[a-zA-Z0-9_-]{1,40}$/, { message: 'solo admite letras, números, guion y guion bajo (máximo 40)' })
  QUEUE_PREFIX = 'veraz';

  // Blank (as in .env.example) means the default: one per core.
  @Transform(({ value }) => (value === '' ? availableParallelism() : toInt({ value })))
  @IsInt({ message: 'debe ser un número entero' })
  @Min(1, { message: 'debe estar entre 1 y 64' })
  @Max(64, { message: 'debe estar entre 1 y 64' })
  WORKER_CONCURRENCY = 4;

  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero' })
  @Min(1, { message: 'debe estar entre 1 y 20' })
  @Max(20, { message: 'debe estar entre 1 y 20' })
  JOB_ATTEMPTS = 5;

  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero de milisegundos' })
  @Min(10, { message: 'debe ser al menos 10 milisegundos' })
  JOB_BACKOFF_MS = 5000;

  @IsIn(['auto', 'inline', 'none'], { message: 'debe ser auto, inline o none' })
  WORKER_MODE: 'auto' | 'inline' | 'none' = 'auto';

  // --- processes (issue 16: several processes on one machine) ---
  // API processes `npm start` runs on one port (node:cluster); 1 keeps today's single process.
  // Blank (as in .env.example) means the default: one per core.
  @Transform(({ value }) => (value === '' ? availableParallelism() : toInt({ value })))
  @IsInt({ message: 'debe ser un número entero' })
  @Min(1, { message: 'debe estar entre 1 y 64' })
  @Max(64, { message: 'debe estar entre 1 y 64' })
  API_PROCESSES = availableParallelism();

  // Worker processes the launcher runs beside several API processes; 0 runs the jobs inside the API processes.
  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero' })
  @Min(0, { message: 'debe estar entre 0 y 32' })
  @Max(32, { message: 'debe estar entre 0 y 32' })
  WORKER_PROCESSES = 1;

  // How long an API process trusts a PDN credential row and the revocation list it read: a revocation made
  // in another process (or by the CLI) is refused everywhere within this delay.
  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero de segundos' })
  @Min(1, { message: 'debe estar entre 1 y 300 segundos' })
  @Max(300, { message: 'debe estar entre 1 y 300 segundos' })
  S1_CLIENT_CACHE_SECONDS = 30;

  // --- auth ---
  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero de segundos' })
  @Min(60, { message: 'debe estar entre 60 y 3600 segundos' })
  @Max(3600, { message: 'debe estar entre 60 y 3600 segundos' })
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero de días' })
  @Min(1, { message: 'debe estar entre 1 y 90 días' })
  @Max(90, { message: 'debe estar entre 1 y 90 días' })
  REFRESH_TOKEN_TTL_DAYS = 14;

  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero' })
  @Min(1, { message: 'debe ser al menos 1' })
  AUTH_RATE_LIMIT = 10;

  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero de segundos' })
  @Min(1, { message: 'debe ser al menos 1' })
  AUTH_RATE_WINDOW_SECONDS = 60;

  // The PDN's bulk scan takes a new token per page (5 pages in parallel): the limits must stay far above it.
  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero' })
  @Min(1, { message: 'debe ser al menos 1' })
  S1_TOKEN_RATE_LIMIT_PER_CLIENT = 100;

  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero' })
  @Min(1, { message: 'debe ser al menos 1' })
  S1_TOKEN_RATE_LIMIT_PER_IP = 200;

  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero de segundos' })
  @Min(1, { message: 'debe ser al menos 1' })
  S1_TOKEN_RATE_WINDOW_SECONDS = 1;

  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero' })
  @Min(1, { message: 'debe ser al menos 1' })
  @Max(100, { message: 'debe ser como máximo 100' })
  LOGIN_LOCKOUT_THRESHOLD = 5;

  // --- mail ---
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'debe ser una URL smtp://usuario:contraseña@servidor:587' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3, { message: 'debe ser un remitente como "Veraz <no-responder@ejemplo.gob.mx>"' })
  MAIL_FROM = 'Veraz <no-responder@veraz.local>';

  // --- audit ---
  // How often each institution's audit chain head is sealed into a checkpoint; 0 turns the schedule off.
  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero de segundos' })
  @Min(0, { message: 'debe ser 0 (sin programación) o más' })
  AUDIT_CHECKPOINT_INTERVAL_SECONDS = 3600;

  // How often each institution's obligations are recomputed, so PENDIENTE turns OMISA as due dates pass; 0 turns it off.
  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero de segundos' })
  @Min(0, { message: 'debe ser 0 (sin programación) o más' })
  OBLIGATIONS_RECOMPUTE_INTERVAL_SECONDS = 86400;

  // How often each institution's risk scores catch up: filings without a score under the current thresholds
  // (loaded in bulk) and people whose obligations changed after their last score (rule 8); 0 turns it off.
  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero de segundos' })
  @Min(0, { message: 'debe ser 0 (sin programación) o más' })
  INTEGRITY_CATCH_UP_INTERVAL_SECONDS = 3600;

  // --- reminders ---
  // How often each institution's pending obligations are checked for reminders to e-mail; 0 turns it off.
  @Transform(toInt)
  @IsInt({ message: 'debe ser un número entero de segundos' })
  @Min(0, { message: 'debe ser 0 (sin recordatorios) o más' })
  REMINDERS_INTERVAL_SECONDS = 3600;

  // --- clock (tests and drills only) ---
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, {
    message: 'debe ser una fecha ISO 8601 (AAAA-MM-DD o AAAA-MM-DDTHH:MM:SSZ)',
  })
  VERAZ_CLOCK?: string;

  // --- observability ---
  @Transform(blankToUndefined)
  @IsOptional()
  @MinLength(16, { message: 'debe tener al menos 16 caracteres' })
  METRICS_TOKEN?: string;
}

/** Variables whose values must never be echoed back in an error. */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'VERAZ_SECRET_KEY',
  'DATABASE_URL',
  'DATABASE_OWNER_URL',
  'DATABASE_READ_URL',
  'DATABASE_DIRECT_URL',
  'REDIS_URL',
  'SMTP_URL',
  'METRICS_TOKEN',
]);
