import type { INestApplication } from '@nestjs/common';
import path from 'node:path';
import { environmentVariable, type VerazConfig } from '@veraz/config';
import { closePoolAfterFailedInit, loginOf, resolveDatabase, type ResolvedDatabase } from '@veraz/db';
import { InstitutionsService } from '@veraz/institutions';
import { CliRunner } from '../cli/cli-runner';
import { describeDemo, seedDemo } from '../demo/demo-seed';

/** Steps the single-process start and the multi-process launcher share. */

/**
 * Runs the start-up checks (the app's database login, the schema) before the demo seed writes
 * anything. A failed one's pool is closed before the embedded database stops under it.
 */
export async function initialised(app: INestApplication): Promise<INestApplication> {
  try {
    return await app.init();
  } catch (err) {
    await closePoolAfterFailedInit(app);
    throw err;
  }
}

/** A newcomer sees what went wrong in Spanish; the stack only with VERAZ_DEBUG (developers). */
export function reportStartFailure(err: unknown): void {
  console.error('No fue posible iniciar Veraz:', err instanceof Error ? err.message : err);
  if (environmentVariable('VERAZ_DEBUG') && err instanceof Error) console.error(err.stack);
}

/** The demo's description when this start seeded it (an empty database), else null. */
/** The database to run on (the embedded one started, or an orphan adopted); null once the reason is reported. */
export async function startDatabase(config: VerazConfig): Promise<ResolvedDatabase | null> {
  try {
    return await resolveDatabase(config, undefined, { adoptOrphan: true });
  } catch (err) {
    reportStartFailure(err);
    return null;
  }
}

export async function demoOnEmptyDatabase(app: INestApplication, config: VerazConfig): Promise<string | null> {
  const runner = new CliRunner(app);
  const all = await runner.platform(() => app.get(InstitutionsService).list());
  if (all.length > 0 && !all.some((i) => i.slug === 'demo')) return null;
  return describeDemo(await seedDemo(app, runner, config.dataDir));
}

export function withoutOwner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_OWNER_URL: _owner, ...rest } = env;
  return rest;
}

export function banner(config: VerazConfig, database: ResolvedDatabase, jobs: string, demo: string | null, processes?: string): string {
  const lines = [
    '',
    `Veraz está listo en ${config.publicUrl}`,
    `  Documentación de la API: ${config.publicUrl}/api/docs`,
    `  Base de datos: ${database.kind === 'embedded' ? `PostgreSQL integrado en ${path.join(config.dataDir, 'postgres')}` : 'DATABASE_URL'} (usuario ${loginOf(database.url).name})`,
    ...(processes ? [`  Procesos: ${processes}`] : []),
    `  Trabajos: ${jobs}`,
    `  Correo: ${config.mail.smtpUrl ? 'SMTP_URL' : `archivos .eml en ${path.join(config.dataDir, 'mail')}`}`,
  ];
  if (demo) lines.push('', demo);
  return `${lines.join('\n')}\n`;
}
