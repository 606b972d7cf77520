import type { INestApplicationContext } from '@nestjs/common';
import { LazyModuleLoader, type ModuleRef } from '@nestjs/core';
import type { Command } from 'commander';
import { OBLIGATION_KIND_LABELS, REQUERIMIENTO_STATUS_LABELS, type RequerimientoView } from '@veraz/contracts';
import { RequerimientosModule, RequerimientosService } from '@veraz/requerimientos';
import { withCliContext } from './cli-context';
import { UsageError } from './cli-errors';

async function requerimientos(app: INestApplicationContext): Promise<RequerimientosService> {
  const module: ModuleRef = await app.get(LazyModuleLoader).load(() => RequerimientosModule);
  return module.get(RequerimientosService);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function line(r: RequerimientoView): string {
  const notified = r.notifiedOn ? `notificado ${r.notifiedOn}, plazo ${r.deadline} (${r.diasRestantes} días)` : 'sin notificar';
  return `${r.folio}  ${r.nombreCompleto}  ${OBLIGATION_KIND_LABELS[r.kind]} ${r.periodKey}  ${notified}  ${REQUERIMIENTO_STATUS_LABELS[r.status]}`;
}

/** `requerimientos generate|list`: the OIC's batch of letters for omisos, from the command line. */
export function registerRequerimientoCommands(program: Command): void {
  const group = program.command('requerimientos').description('Requerimientos por omisión (LGRA art. 33)');
  group
    .command('generate')
    .description('Genera, sella y envía por correo los requerimientos de las obligaciones omisas de una institución')
    .requiredOption('--institution <slug>', 'institución')
    .option('--all-omisos', 'todas las obligaciones omisas que aún no tienen requerimiento')
    .option('--obligation <id...>', 'solo estas obligaciones omisas (identificadores)')
    .action((opts: { institution: string; allOmisos?: boolean; obligation?: string[] }) =>
      withCliContext(async ({ app, runner }) => {
        if (!opts.allOmisos === !opts.obligation?.length) throw new UsageError('indica --all-omisos o --obligation <id...>');
        const bad = (opts.obligation ?? []).find((id) => !UUID.test(id));
        if (bad) throw new UsageError(`--obligation: ${bad} no es un identificador (UUID)`);
        const found = await runner.institution(opts.institution);
        const service = await requerimientos(app);
        const result = await runner.tenant(found, () => service.generate(opts.allOmisos ? null : opts.obligation!, null));
        console.log(`Requerimientos generados en ${found.name}: ${result.generated.length}.`);
        for (const r of result.generated) console.log(line(r));
        for (const s of result.skipped) console.log(`Omitida ${s.obligationId}: ${s.motivo}`);
      }),
    );
  group
    .command('list')
    .description('Lista los requerimientos de una institución con su notificación y plazo de 30 días naturales')
    .requiredOption('--institution <slug>', 'institución')
    .option('--vencidos', 'solo quienes siguen omisos después del plazo')
    .action((opts: { institution: string; vencidos?: boolean }) =>
      withCliContext(async ({ app, runner }) => {
        const found = await runner.institution(opts.institution);
        const service = await requerimientos(app);
        const list = await runner.tenant(found, () => (opts.vencidos ? service.vencidos() : service.list()));
        if (list.length === 0) console.log(opts.vencidos ? 'No hay requerimientos vencidos.' : 'No hay requerimientos.');
        for (const r of list) console.log(line(r));
      }),
    );
}
