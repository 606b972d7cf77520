import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { FxRateView } from '@veraz/contracts';
import { FxRatesService } from '@veraz/integrity';
import { withCliContext } from './cli-context';
import { UsageError } from './cli-errors';

const number = new Intl.NumberFormat('es-MX', { minimumFractionDigits: 4, maximumFractionDigits: 6 });

function describe(r: FxRateView): string {
  return `${r.currency} ${r.year}  ${number.format(r.mxnPerUnit).padStart(12)} pesos  ${r.source}`;
}

/** The platform's yearly exchange rates (operators): Veraz ships none, they are imported from an official source. */
export function registerFxCommands(program: Command): void {
  const fx = program.command('fx').description('Tipos de cambio anuales con que las reglas de integridad convierten montos en otras monedas');

  fx.command('import')
    .description('Importa la exportación CSV del SIE de Banco de México (serie diaria, p. ej. SF43718 FIX) o una tabla anio,moneda,tipo_cambio')
    .option('--moneda <codigo>', 'moneda ISO 4217 de una serie que Veraz no conoce (SF43718 ya es USD)')
    .option('--fuente <texto>', 'fuente oficial de las cifras (obligatoria para la tabla anual)')
    .argument('<archivo>', 'CSV (UTF-8 o Windows-1252, separado por comas o punto y coma)')
    .action((file: string, opts: { moneda?: string; fuente?: string }) =>
      withCliContext(async ({ app, runner }) => {
        const content = await readFile(file).catch(() => {
          throw new UsageError(`no se pudo leer el archivo ${file}`);
        });
        const { imported } = await runner.platform(() => app.get(FxRatesService).import(content, { moneda: opts.moneda, fuente: opts.fuente }, null));
        console.log(`Tipos de cambio importados: ${imported.length}.`);
        for (const r of imported) console.log(describe(r));
      }),
    );

  fx.command('list')
    .description('Lista los tipos de cambio cargados, por moneda y año, con su fuente')
    .action(() =>
      withCliContext(async ({ app, runner }) => {
        const all = await runner.platform(() => app.get(FxRatesService).list());
        if (all.length === 0) console.log('No hay tipos de cambio cargados. Impórtalos con: veraz fx import archivo.csv');
        for (const r of all) console.log(describe(r));
      }),
    );
}
