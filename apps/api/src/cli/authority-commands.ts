import type { Command } from 'commander';
import fs from 'node:fs';
import { AuthoritiesService, type AuthorityCrlSummary, type AuthoritySummary } from '@veraz/institutions';
import { withCliContext } from './cli-context';
import { UsageError } from './cli-errors';
import { group } from './document-commands';

// A CRL lists every certificate its authority revoked and still in force: far larger than a certificate.
const CERTIFICATE_FILE = { what: 'el certificado', maxBytes: 64 * 1024, max: '64 KB' };
const CRL_FILE = { what: 'la lista de revocación', maxBytes: 32 * 1024 * 1024, max: '32 MB' };

function readFile(file: string, kind: { what: string; maxBytes: number; max: string }): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`no se pudo leer ${kind.what} ${file}`);
  }
  if (!stat.isFile()) throw new UsageError(`${file} no es un archivo`);
  if (stat.size > kind.maxBytes) throw new UsageError(`${kind.what} es demasiado grande (máximo ${kind.max})`);
  return fs.readFileSync(file);
}

interface CaOptions {
  slug: string;
  add?: string;
  addCrl?: string;
  list?: boolean;
  remove?: string;
}

/** `institution ca`: the certification authorities (the SAT's, for e.firma) an institution trusts, and their revocation lists. */
export function registerAuthorityCommand(program: Command): void {
  group(program, 'institution', 'Instituciones (entes públicos) de la plataforma')
    .command('ca')
    .description(
      'Autoridades certificadoras de la institución (las del SAT para la e.firma) y sus listas de revocación: con ellas se comprueba quién emitió el certificado de cada e.firma y si estaba revocado al firmar',
    )
    .requiredOption('--slug <slug>', 'institución')
    .option('--add <archivo.cer>', 'registrar el certificado de una autoridad (DER o PEM)')
    .option('--add-crl <archivo.crl>', 'cargar una lista de revocación (CRL, DER o PEM) firmada por una autoridad registrada')
    .option('--list', 'listar las autoridades registradas y las listas de revocación cargadas')
    .option('--remove <id>', 'quitar una autoridad o una lista de revocación por su id (el que muestra --list)')
    .action((opts: CaOptions) => {
      if ([opts.add, opts.addCrl, opts.list, opts.remove].filter((o) => o !== undefined).length !== 1) {
        throw new UsageError('indica una de --add <archivo.cer>, --add-crl <archivo.crl>, --list o --remove <id>');
      }
      const certificate = opts.add !== undefined ? readFile(opts.add, CERTIFICATE_FILE) : null;
      const crl = opts.addCrl !== undefined ? readFile(opts.addCrl, CRL_FILE) : null;
      return withCliContext(async ({ app, runner }) => {
        const institution = await runner.institution(opts.slug);
        const authorities = app.get(AuthoritiesService);
        await runner.tenant(institution, async () => {
          if (certificate) {
            const added = await authorities.add(certificate, null);
            console.log(`Autoridad registrada para ${institution.name}:`);
            printAuthority(added);
          } else if (crl) {
            const added = await authorities.addCrl(crl, null);
            console.log(`Lista de revocación cargada para ${institution.name}:`);
            printCrl(added);
          } else if (opts.remove !== undefined) {
            if (await authorities.remove(opts.remove, null)) console.log(`Autoridad ${opts.remove} eliminada de ${institution.name}.`);
            else if (await authorities.removeCrl(opts.remove, null)) console.log(`Lista de revocación ${opts.remove} eliminada de ${institution.name}.`);
            else throw new UsageError(`${institution.name} no tiene una autoridad ni una lista de revocación con id ${opts.remove}`);
          } else {
            const list = await authorities.list();
            if (list.length === 0) console.log(`${institution.name} no ha registrado autoridades.`);
            else console.log(`Autoridades de ${institution.name} (${list.length}):`);
            list.forEach(printAuthority);
            const crls = await authorities.listCrls();
            if (crls.length === 0) console.log(`${institution.name} no ha cargado listas de revocación.`);
            else console.log(`Listas de revocación de ${institution.name} (${crls.length}):`);
            crls.forEach(printCrl);
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

function printCrl(c: AuthorityCrlSummary): void {
  console.log(`- ${c.id}`);
  console.log(`  Emisor: ${c.issuer}`);
  console.log(`  Emitida: ${c.thisUpdate.toISOString()}`);
  console.log(`  Siguiente actualización: ${c.nextUpdate ? c.nextUpdate.toISOString() : 'no indicada'}`);
  console.log(`  Huella SHA-256: ${c.fingerprintSha256}`);
}
