import type { Command } from 'commander';
import { S1CredentialsService, type S1ClientView } from '@veraz/s1';
import { withCliContext } from './cli-context';
import { UsageError } from './cli-errors';
import type { CliRunner } from './cli-runner';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface OwnerOptions {
  institution?: string;
  platform?: boolean;
}

/** `--institution S` or `--platform`, exactly one; checked before opening the database. */
function ownerOf(opts: OwnerOptions): { slug: string } | { platform: true } {
  if (opts.institution && opts.platform) throw new UsageError('indica --institution <slug> o --platform, no ambas');
  if (opts.platform) return { platform: true };
  if (opts.institution) return { slug: opts.institution };
  throw new UsageError('falta la opción --institution <slug> (o --platform para el punto S1 compartido)');
}

async function resolveOwner(runner: CliRunner, owner: { slug: string } | { platform: true }): Promise<string | null> {
  if ('platform' in owner) return null;
  return (await runner.institution(owner.slug)).id;
}

export function registerS1ClientCommands(program: Command): void {
  const s1 = program.command('s1-client').description('Credenciales con las que la PDN consulta la API S1');

  s1.command('create')
    .description('Crea una credencial e imprime en JSON lo que se registra en la PDN (los secretos se muestran solo esta vez)')
    .option('--institution <slug>', 'institución cuyo punto S1 consultará la PDN')
    .option('--platform', 'credencial del punto S1 compartido de la plataforma')
    .option('--label <texto>', 'nombre para reconocer la credencial')
    .action((opts: OwnerOptions & { label?: string }) => {
      const owner = ownerOf(opts);
      return withCliContext(async ({ app, runner }) => {
        const institutionId = await resolveOwner(runner, owner);
        const created = await runner.tenantOrPlatform(institutionId, () => app.get(S1CredentialsService).create({ institutionId, label: opts.label, actorUserId: null }));
        const { token_url, url, client_id, client_secret, username, password } = created;
        console.log(JSON.stringify({ token_url, url, client_id, client_secret, username, password }, null, 2));
      });
    });

  s1.command('list')
    .description('Lista las credenciales (sin secretos), con su último uso y si están revocadas')
    .option('--institution <slug>', 'institución')
    .option('--platform', 'credenciales del punto S1 compartido')
    .action((opts: OwnerOptions) => {
      const owner = ownerOf(opts);
      return withCliContext(async ({ app, runner }) => {
        const institutionId = await resolveOwner(runner, owner);
        const all = await runner.tenantOrPlatform(institutionId, () => app.get(S1CredentialsService).list(institutionId));
        if (all.length === 0) console.log('No hay credenciales S1.');
        for (const c of all) console.log(describe(c));
      });
    });

  s1.command('revoke')
    .description('Revoca una credencial: ya no obtiene tokens y los que tenga dejan de servir')
    .requiredOption('--id <id>', 'id de la credencial (columna id de s1-client list)')
    .action((opts: { id: string }) => {
      if (!UUID.test(opts.id)) throw new UsageError(`el id ${opts.id} no es válido`);
      return withCliContext(async ({ app, runner }) => {
        const credentials = app.get(S1CredentialsService);
        const owner = await runner.auth(() => credentials.ownerOf(opts.id));
        const revoked = await runner.tenantOrPlatform(owner, () => credentials.revoke(owner, opts.id, null));
        console.log(`Credencial revocada: ${revoked.client_id} (${revoked.label})`);
        // The running API processes keep the credential and the revocation list in memory for up to 30 s.
        console.log('La API deja de emitir tokens con ella y de aceptar los ya emitidos en menos de 30 segundos.');
      });
    });
}

function describe(c: S1ClientView): string {
  const state = c.revoked_at ? `revocada ${c.revoked_at}` : 'activa';
  return `${c.id}  ${c.client_id}  ${c.label}  creada ${c.created_at}  último uso ${c.last_used_at ?? 'nunca'}  ${state}`;
}
