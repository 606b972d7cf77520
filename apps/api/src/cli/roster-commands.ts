import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { RosterImportsService, type ImportSummary, type Progress } from '@veraz/roster';
import { withCliContext } from './cli-context';
import { UsageError } from './cli-errors';

const SHOWN_ERRORS = 50;

/** A progress bar on stderr per phase (stdout keeps the summary). */
function progressBars(): { progress: Progress; stop: () => void } {
  let bar: SingleBar | null = null;
  let phase = '';
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  const progress: Progress = (name, done, total) => {
    if (name !== phase) {
      stop();
      phase = name;
      bar = new SingleBar({ format: `${name.padEnd(11)} [{bar}] {percentage}% | {value}/{total} filas`, stream: process.stderr, noTTYOutput: false }, Presets.shades_classic);
      bar.start(Math.max(total, done, 1), done);
    }
    if (total) bar!.setTotal(total);
    bar!.update(done);
  };
  return { progress, stop };
}

function printSummary(s: ImportSummary): void {
  const c = s.counts;
  console.log(`Vista previa de ${s.fileName}: ${s.rowsTotal} filas — nuevas ${c.NUEVA}, con cambios ${c.CAMBIO}, sin cambios ${c.SIN_CAMBIO}, con errores ${c.ERROR}.`);
}

export function registerRosterCommands(program: Command): void {
  const roster = program.command('roster').description('Padrón de personas servidoras públicas obligadas');
  roster
    .command('import')
    .description('Revisa un CSV del padrón (vista previa con errores por fila) y, si lo confirmas, lo aplica')
    .requiredOption('--institution <slug>', 'institución del padrón')
    .option('--yes', 'aplicar sin preguntar (las filas con errores se omiten)')
    .argument('<archivo>', 'CSV (UTF-8 o Windows-1252, separado por comas o punto y coma)')
    .action((file: string, opts: { institution: string; yes?: boolean }) =>
      withCliContext(async ({ app, runner }) => {
        const content = await readFile(file).catch(() => {
          throw new UsageError(`no se pudo leer el archivo ${file}`);
        });
        const institution = await runner.institution(opts.institution);
        const service = app.get(RosterImportsService);
        const lines = content.reduce((n, byte) => (byte === 0x0a ? n + 1 : n), 0);
        const bars = progressBars();
        const lectura: Progress = (phase, done) => bars.progress(phase, done, lines);
        let summary: ImportSummary;
        try {
          summary = await runner.tenant(institution, () => service.preview(content, basename(file), null, lectura));
        } finally {
          bars.stop();
        }
        printSummary(summary);
        if (summary.counts.ERROR) {
          const detail = await runner.tenant(institution, () => service.get(summary.id, { onlyErrors: true, limit: SHOWN_ERRORS, offset: 0 }));
          for (const row of detail.rows) for (const e of row.errors) console.log(`  línea ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`);
          if (summary.counts.ERROR > SHOWN_ERRORS) console.log(`  … y más filas con errores (${summary.counts.ERROR} en total).`);
        }
        if (!(await confirmed(opts.yes, summary))) {
          console.log(`No se aplicó. La vista previa queda guardada (importación ${summary.id}).`);
          return;
        }
        const applyBars = progressBars();
        try {
          const applied = await runner.tenant(institution, () => service.apply(summary.id, null, applyBars.progress));
          applyBars.stop();
          console.log(`Importación aplicada: ${applied.applied} personas escritas en el padrón; ${applied.counts.ERROR} filas con errores omitidas.`);
        } finally {
          applyBars.stop();
        }
      }),
    );
}

async function confirmed(yes: boolean | undefined, summary: ImportSummary): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) {
    console.log('Para aplicarla sin una terminal interactiva, repite la orden con --yes.');
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const omitted = summary.counts.ERROR ? ` (se omitirán ${summary.counts.ERROR} filas con errores)` : '';
    const answer = await rl.question(`¿Aplicar la importación${omitted}? [s/N] `);
    return /^s(i|í)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
