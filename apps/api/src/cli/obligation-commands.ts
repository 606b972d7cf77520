import type { Command } from 'commander';
import { LazyModuleLoader } from '@nestjs/core';
import { ObligationsModule, ObligationsService } from '@veraz/obligations';
import { withCliContext } from './cli-context';

export function registerObligationCommands(program: Command): void {
  const obligations = program.command('obligations').description('Obligaciones de declarar y sus plazos (padrón, Normas Cuarta y Séptima)');
  obligations
    .command('recompute')
    .description('Recalcula las obligaciones de todas las personas del padrón de una institución con la fecha de hoy (lo mismo que el trabajo diario)')
    .requiredOption('--institution <slug>', 'institución')
    .action((opts: { institution: string }) =>
      withCliContext(async ({ app, runner }) => {
        const found = await runner.institution(opts.institution);
        const service = (await app.get(LazyModuleLoader).load(() => ObligationsModule)).get(ObligationsService);
        const started = Date.now();
        const result = await runner.tenant(found, () => service.recomputeInstitution());
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(`${found.name}: ${result.people} personas del padrón en ${seconds} s; ${result.written} obligaciones escritas o actualizadas, ${result.deleted} que ya no aplicaban eliminadas.`);
        if (result.problems.length) {
          console.log(`${result.problems.length} personas sin obligaciones por datos contradictorios del padrón:`);
          for (const p of result.problems.slice(0, 20)) console.log(`  ${p.personId}: ${p.problems.join(' ')}`);
          if (result.problems.length > 20) console.log(`  … y ${result.problems.length - 20} más`);
        }
      }),
    );
}
