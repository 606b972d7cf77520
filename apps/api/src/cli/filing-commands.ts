import type { Command } from 'commander';
import { FilingReadService } from '@veraz/declarations';
import { withCliContext } from './cli-context';

const PAGE = 500;

export function registerFilingCommands(program: Command): void {
  program
    .command('filing')
    .description('Declaraciones presentadas')
    .command('list')
    .description('Lista las declaraciones presentadas de una institución: folio, tipo, formato, declarante y fecha')
    .requiredOption('--institution <slug>', 'institución')
    .action((opts: { institution: string }) =>
      withCliContext(async ({ app, runner }) => {
        const institution = await runner.institution(opts.institution);
        const repo = app.get(FilingReadService);
        let offset = 0;
        let printed = 0;
        for (;;) {
          const { rows } = await runner.tenant(institution, () => repo.list({ limit: PAGE, offset }));
          for (const f of rows) {
            const formato = f.declaracionCompleta ? 'completa' : 'simplificada';
            const extra = [f.version > 1 ? `versión ${f.version}` : '', f.reserved ? 'reservada' : ''].filter(Boolean).join(', ');
            console.log(`${f.folio}  ${f.tipo.padEnd(12)}  ${formato.padEnd(12)}  ${f.filerName}  ${f.filedAt.toISOString()}${extra ? `  (${extra})` : ''}`);
          }
          printed += rows.length;
          if (rows.length < PAGE) break;
          offset += PAGE;
        }
        if (printed === 0) console.log('No hay declaraciones presentadas.');
      }),
    );
}
