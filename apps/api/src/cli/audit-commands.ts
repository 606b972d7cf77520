import type { Command } from 'commander';
import { AuditLog, type ChainVerification } from '@veraz/audit';
import { AuditCheckpointsService, AuditVerificationService, type SealSkipped } from '@veraz/documents';
import { withCliContext } from './cli-context';
import { UsageError } from './cli-errors';
import { documents } from './document-commands';

const SKIPPED: Record<SealSkipped, string> = {
  'sin-entradas': 'la bitácora aún no tiene entradas',
  'ya-sellado': 'la última entrada ya estaba sellada',
  'sin-certificado': 'la institución aún no tiene certificado de sello (el primer acuse crea el de prueba)',
  truncada: 'la bitácora termina antes del último punto de control: se borraron entradas (ejecuta audit verify)',
  reescrita: 'la última entrada ya no coincide con su punto de control: fue reescrita (ejecuta audit verify)',
};

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Bitácora encadenada');
  audit
    .command('verify')
    .description(
      'Recalcula la cadena (HMAC con la llave de la instalación) de una institución o de la plataforma y, para una institución, ' +
        'la compara con sus puntos de control sellados y con el ancla de cada acuse; termina con código 1 si fue alterada',
    )
    .option('--institution <slug>', 'institución a verificar')
    .option('--platform', 'verificar la bitácora de la plataforma (no tiene puntos de control ni acuses)')
    .action((opts: { institution?: string; platform?: boolean }) =>
      withCliContext(async ({ app, runner }) => {
        if (!opts.institution === !opts.platform) throw new UsageError('indica --institution <slug> o --platform');
        if (opts.platform) {
          const chain = await runner.platform(() => app.get(AuditLog).verify());
          report('la plataforma', chain, []);
          return;
        }
        const found = await runner.institution(opts.institution!);
        const verification = (await documents(app)).get(AuditVerificationService);
        const result = await runner.tenant(found, () => verification.verifyInstitution());
        report(found.name, result.chain, result.badCheckpoints, `${result.checkpoints} puntos de control sellados y ${result.filingAnchors} anclas de acuses`);
      }),
    );
  audit
    .command('checkpoint')
    .description('Sella ahora la última entrada de la bitácora de una institución con su certificado (lo mismo que el trabajo periódico)')
    .requiredOption('--institution <slug>', 'institución')
    .action((opts: { institution: string }) =>
      withCliContext(async ({ app, runner }) => {
        const found = await runner.institution(opts.institution);
        const checkpoints = (await documents(app)).get(AuditCheckpointsService);
        const result = await runner.tenant(found, () => checkpoints.sealHead());
        if (result.sealed) console.log(`Punto de control sellado: entrada ${result.sealed.seq} de la bitácora de ${found.name}, hash ${result.sealed.hash}.`);
        else if (result.skipped === 'truncada' || result.skipped === 'reescrita') {
          console.error(`No se selló un punto de control nuevo: ${SKIPPED[result.skipped]}.`);
          process.exitCode = 1;
        } else console.log(`No se selló un punto de control nuevo: ${SKIPPED[result.skipped]}.`);
      }),
    );
}

/** Spanish report; exit code 1 when anything is wrong. */
function report(label: string, chain: ChainVerification, badCheckpoints: string[], anchors?: string): void {
  const problems = [...badCheckpoints, ...chain.problems.map((p) => p.message)];
  if (problems.length === 0) {
    console.log(`Bitácora de ${label}: íntegra (${chain.entries} entradas).`);
  } else {
    console.error(`Bitácora de ${label}: ALTERADA (${chain.entries} entradas${chain.brokenAt ? `; la cadena se rompe en la entrada ${chain.brokenAt}` : ''}).`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exitCode = 1;
  }
  console.log(`  Entradas anteriores a la llave (hash público, sin HMAC): ${chain.legacyEntries}.`);
  if (anchors) console.log(`  Comprobados: ${anchors}.`);
}
