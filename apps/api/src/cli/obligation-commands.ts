import fs from 'node:fs';
import type { Command } from 'commander';
import { LazyModuleLoader } from '@nestjs/core';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind } from '@veraz/contracts';
import { ObligationsModule, ObligationsService } from '@veraz/obligations';
import { ObligationExportsService, ReportsModule } from '@veraz/reports';
import { withCliContext } from './cli-context';
import { UsageError } from './cli-errors';

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
  obligations
    .command('export')
    .description('Escribe la lista de omisos, extemporáneos o requerimientos de una institución (CSV o Excel), como la descarga del tablero')
    .requiredOption('--institution <slug>', 'institución')
    .requiredOption('--list <lista>', `qué lista: ${EXPORT_KINDS.join(', ')}`)
    .option('--format <formato>', `${EXPORT_FORMATS.join(' o ')}`, 'csv')
    .requiredOption('--output <archivo>', 'archivo de salida')
    .action((opts: { institution: string; list: string; format: string; output: string }) =>
      withCliContext(async ({ app, runner }) => {
        if (!(EXPORT_KINDS as readonly string[]).includes(opts.list)) throw new UsageError(`--list debe ser ${EXPORT_KINDS.join(', ')}`);
        if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format debe ser ${EXPORT_FORMATS.join(' o ')}`);
        const found = await runner.institution(opts.institution);
        const exports = (await app.get(LazyModuleLoader).load(() => ReportsModule)).get(ObligationExportsService);
        const file = await runner.tenant(found, () => exports.generate(opts.list as ExportKind, opts.format as ExportFormat, null));
        fs.writeFileSync(opts.output, file.content);
        console.log(`${found.name}: ${file.rows} filas de ${opts.list} escritas en ${opts.output}.`);
      }),
    );
}
