import type { Command } from 'commander';
import { InstitutionsService } from '@veraz/institutions';
import { PublicationService } from '@veraz/s1';
import { Db } from '@veraz/tenancy';
import { withCliContext } from './cli-context';
import { UsageError } from './cli-errors';

export function registerS1PublicationCommands(program: Command): void {
  program
    .command('s1-republish')
    .description('Recalcula la proyección pública S1 de las declaraciones hechas con reglas anteriores (o todas con --all)')
    .option('--institution <slug>', 'solo esta institución')
    .option('--all', 'recalcular todas, no solo las de reglas anteriores')
    .action((opts: { institution?: string; all?: boolean }) =>
      withCliContext(async ({ app }) => {
        const institutions = app.get(InstitutionsService);
        const targets = opts.institution ? [await institutions.findBySlug(opts.institution)] : await institutions.list();
        if (targets.some((i) => !i)) throw new UsageError(`no existe la institución ${opts.institution}`);
        const publication = app.get(PublicationService);
        for (const institution of targets) {
          if (!institution) continue;
          const count = await app.get(Db).inTenant(institution.id, () => publication.rebuild({ all: opts.all }));
          console.log(`${institution.slug}: ${count} declaraciones recalculadas`);
        }
      }),
    );
}
