import type { Command } from 'commander';
import fs from 'node:fs';
import { AuthoritiesService, type AuthoritySummary } from '@veraz/institutions';
import { withCliContext } from './cli-context';
import { UsageError } from './cli-errors';
import { group } from './document-commands';

const MAX_CERTIFICATE_BYTES = 64 * 1024;

function readCertificateFile(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`no se pudo leer el certificado ${file}`);
  }
  if (!stat.isFile()) throw new UsageError(`${file} no es un archivo`);
  if (stat.size > MAX_CERTIFICATE_BYTES) throw new UsageError('el certificado es demasiado grande (máximo 64 KB)');
  return fs.readFileSync(file);
}

/** `institution ca`: the certification authorities (the SAT's, for e.firma) an institution trusts. */
export function registerAuthorityCommand(program: Command): void {
  group(program, 'institution', 'Instituciones (entes públicos) de la plataforma')
    .command('ca')
    .description('Autoridades certificadoras de la institución (las del SAT para la e.firma): con ellas se comprueba quién emitió el certificado de cada e.firma')
    .requiredOption('--slug <slug>', 'institución')
    .option('--add <archivo.cer>', 'registrar el certificado de una autoridad (DER o PEM)')
    .option('--list', 'listar las autoridades registradas')
    .option('--remove <id>', 'quitar una autoridad por su id (el que muestra --list)')
    .action((opts: { slug: string; add?: string; list?: boolean; remove?: string }) => {
      if ([opts.add, opts.list, opts.remove].filter((o) => o !== undefined).length !== 1) throw new UsageError('indica una de --add <archivo.cer>, --list o --remove <id>');
      const file = opts.add !== undefined ? readCertificateFile(opts.add) : null;
      return withCliContext(async ({ app, runner }) => {
        const institution = await runner.institution(opts.slug);
        const authorities = app.get(AuthoritiesService);
        await runner.tenant(institution, async () => {
          if (file) {
            const added = await authorities.add(file, null);
            console.log(`Autoridad registrada para ${institution.name}:`);
            printAuthority(added);
          } else if (opts.remove !== undefined) {
            if (!(await authorities.remove(opts.remove, null))) throw new UsageError(`${institution.name} no tiene una autoridad con id ${opts.remove}`);
            console.log(`Autoridad ${opts.remove} eliminada de ${institution.name}.`);
          } else {
            const list = await authorities.list();
            if (list.length === 0) console.log(`${institution.name} no ha registrado autoridades.`);
            else console.log(`Autoridades de ${institution.name} (${list.length}):`);
            list.forEach(printAuthority);
          }
        });
      });
    });
}

function printAuthority(a: AuthoritySummary): void {
  console.log(`- ${a.id}`);
  console.log(`  Sujeto: ${a.subject}`);
  console.log(`  Vigencia: del ${a.notBefore.toISOString()} al ${a.notAfter.toISOString()}`);
  console.log(`  Huella SHA-256: ${a.fingerprintSha256}`);
}
