import type { Command } from 'commander';
import { GeneratedLoader } from '@veraz/declarations';
import { generateFilings } from '@veraz/generator';
import { withCliContext } from './cli-context';
import { UsageError } from './cli-errors';

interface GenerateOptions {
  institution: string;
  officials: string;
  years: string;
  seed: string;
  batch: string;
  firstYear?: string;
}

const positive = (value: string, name: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} debe ser un entero positivo`);
  return n;
};

/** A one-line progress bar on stderr (stdout keeps only the summary). */
function progressLine(loaded: number, elapsedMs: number, expected: number | null): string {
  const rate = loaded / Math.max(elapsedMs / 1000, 0.001);
  const share = expected ? Math.min(loaded / expected, 1) : null;
  const width = 30;
  const bar = share === null ? '' : `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${Math.floor(share * 100)} % `;
  const left = expected && rate > 0 ? ` — faltan ~${Math.max(0, Math.ceil((expected - loaded) / rate / 60))} min` : '';
  return `${bar}${loaded.toLocaleString('es-MX')} declaraciones — ${Math.round(rate)}/s${left}`;
}

export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description('Genera historias sintéticas de declaraciones (mismos datos con la misma semilla) y las carga por el mismo camino que la firma')
    .requiredOption('--institution <slug>', 'institución que recibe las declaraciones')
    .requiredOption('--officials <n>', 'personas servidoras públicas')
    .requiredOption('--years <n>', 'años de historia (una inicial y una modificación por año)')
    .option('--seed <n>', 'semilla', '1')
    .option('--batch <n>', 'declaraciones por transacción', '250')
    .option('--first-year <n>', 'primer año de la historia (por omisión, el año actual menos --years)')
    .action((opts: GenerateOptions) =>
      withCliContext(async ({ app, runner }) => {
        const officials = positive(opts.officials, 'officials');
        const years = positive(opts.years, 'years');
        const seed = Number(opts.seed);
        if (!Number.isInteger(seed)) throw new UsageError('--seed debe ser un entero');
        const institution = await runner.institution(opts.institution);
        // Roughly an INICIAL and a MODIFICACIÓN per year for each person (an estimate for the bar only).
        const expected = officials * (years + 1);
        const filings = generateFilings({ seed, officials, years, institutionName: institution.name, firstYear: opts.firstYear ? positive(opts.firstYear, 'first-year') : undefined });
        const interactive = process.stderr.isTTY;
        let lastPrint = 0;
        const result = await app.get(GeneratedLoader).load(filings, {
          inBatch: (batch) => runner.tenant(institution, batch),
          batchSize: positive(opts.batch, 'batch'),
          onProgress: ({ loaded, elapsedMs }) => {
            if (elapsedMs - lastPrint < 1000 && loaded < expected) return;
            lastPrint = elapsedMs;
            const line = progressLine(loaded, elapsedMs, expected);
            process.stderr.write(interactive ? `\r${line}` : `${line}\n`);
          },
        });
        if (interactive) process.stderr.write('\n');
        const seconds = result.elapsedMs / 1000;
        console.log(`Se cargaron ${result.loaded.toLocaleString('es-MX')} declaraciones en ${seconds.toFixed(1)} s (${Math.round(result.loaded / Math.max(seconds, 0.001))}/s) en ${institution.name}.`);
      }),
    );
}
