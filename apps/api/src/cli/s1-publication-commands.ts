import type { Command } from 'commander';
import { InstitutionsService } from '@veraz/institutions';
import { PublicationService } from '@veraz/s1';
import { withCliContext } from './cli-context';

export function registerS1PublicationCommands(program: Command): void {
  program
    .command('s1-republish')
    .description('Recalcula la proyección pública S1 de las declaraciones hechas con reglas anteriores (o todas con --all)')
    .option('--institution <slug>', 'solo esta institución')
    .option('--all', 'recalcular todas, no solo las de reglas anteriores')
    .action((opts: { institution?: string; all?: boolean }) =>
      withCliContext(async ({ app, runner }) => {
        const targets = opts.institution ? [await runner.institution(opts.institution)] : await runner.platform(() => app.get(InstitutionsService).list());
        const publication = app.get(PublicationService);
        for (const institution of targets) {
          const count = await runner.tenant(institution, () => publication.rebuild({ all: opts.all }));
          console.log(`${institution.slug}: ${count} declaraciones recalculadas`);
        }
      }),
    );
}
