import type { INestApplicationContext } from '@nestjs/common';
import { LazyModuleLoader, type ModuleRef } from '@nestjs/core';
import { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { environmentVariable } from '@veraz/config';
import {
  CertificatesService,
  DocumentDownloads,
  DocumentNotReadyError,
  DocumentsModule,
  isDocumentKind,
  parseFolio,
  VerificationService,
  type CertificateSummary,
  type PdfVerification,
  MissingDocumentsService,
} from '@veraz/documents';
import { FilingReadService } from '@veraz/declarations';
import { InstitutionsService, logoProblem } from '@veraz/institutions';
import { checkPdfSignature, P12Error } from '@veraz/signing';
import { withCliContext } from './cli-context';
import { UsageError } from './cli-errors';

/** The documents feature on top of the CLI's modules (loaded only by the commands that need it). */
export async function documents(app: INestApplicationContext): Promise<ModuleRef> {
  return app.get(LazyModuleLoader).load(() => DocumentsModule);
}

/** A subcommand group that another file may already have created (`institution`, `filing`). */
export function group(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}

function readFileArg(file: string, what: string): Buffer {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new UsageError(`${file} no es un archivo`);
    return fs.readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`no se pudo leer ${what} ${file}`);
  }
}

const yesNo = (v: boolean) => (v ? 'sí' : 'no');

export function registerDocumentCommands(program: Command): void {
  program
    .command('verify')
    .description('Verifica un acuse en PDF: sello digital, si cubre todo el documento y si es un acuse registrado (folio, institución, fecha)')
    .argument('<archivo>', 'archivo PDF del acuse')
    .action(async (file: string) => {
      const pdf = readFileArg(file, 'el archivo');
      // The seal is checked before touching the database, so the answer about it never depends on it.
      const seal = checkPdfSignature(pdf);
      console.log(`Archivo: ${path.basename(file)} (${pdf.length} bytes)`);
      console.log(`Sello digital: ${!seal.signed ? 'el archivo no tiene sello' : seal.valid && seal.coversWholeDocument ? 'válido' : 'NO válido'}`);
      console.log(`Firmante: ${seal.signerName ?? '—'}`);
      console.log(`Cubre todo el documento: ${yesNo(seal.signed && seal.coversWholeDocument)}`);
      if (seal.signingTime) console.log(`Fecha del sello: ${seal.signingTime.toISOString()}`);
      const result = await withCliContext(async ({ app }) => (await documents(app)).get(VerificationService).pdf(pdf));
      printRegistration(result);
      if (!(result.firmaValida && result.registrado)) process.exitCode = 1;
    });

  group(program, 'filing', 'Declaraciones presentadas')
    .command('pdf')
    .description('Escribe en un archivo un documento guardado de una declaración (acuse sellado, PDF completo o versión pública)')
    .requiredOption('--folio <folio>', 'folio de la declaración, p. ej. SEFIN-2026-000123')
    .requiredOption('--kind <tipo>', 'acuse, completa o publica')
    .requiredOption('--out <ruta>', 'archivo de salida')
    .action((opts: { folio: string; kind: string; out: string }) => {
      const parsed = parseFolio(opts.folio);
      if (!parsed) throw new UsageError(`el folio ${opts.folio} no tiene la forma INSTITUCION-AÑO-NÚMERO`);
      const kind = opts.kind;
      if (!isDocumentKind(kind)) throw new UsageError(`--kind debe ser acuse, completa o publica (no ${opts.kind})`);
      const out = path.resolve(opts.out);
      if (!fs.existsSync(path.dirname(out))) throw new UsageError(`no existe la carpeta ${path.dirname(out)}`);
      return withCliContext(async ({ app, runner }) => {
        const institution = await runner.institution(parsed.slug, `no existe la institución del folio ${parsed.folio}`);
        const docs = await documents(app);
        let file;
        try {
          file = await runner.tenant(institution, async () => {
            const filing = await app.get(FilingReadService).findByFolio(parsed.folio);
            if (!filing) throw new UsageError(`no existe la declaración con folio ${parsed.folio}`);
            return docs.get(DocumentDownloads).download({ userId: null, institutionWide: true }, filing.id, kind);
          });
        } catch (error) {
          if (!(error instanceof DocumentNotReadyError)) throw error;
          console.error(`Error: el documento ${kind} del folio ${parsed.folio} aún no se ha generado. Intenta de nuevo en unos momentos; si no aparece, revisa los trabajos fallidos (jobs failed).`);
          process.exitCode = 1;
          return;
        }
        // The full declaration holds personal data: readable by the owner of the file only.
        fs.writeFileSync(out, file.content, { mode: 0o600 });
        console.log(`Escrito ${out} (${file.content.length} bytes, SHA-256 ${file.sha256}).`);
      });
    });

  group(program, 'institution', 'Instituciones (entes públicos) de la plataforma')
    .command('cert')
    .description('Registra el certificado de sello de una institución: uno autofirmado de prueba, o el real desde un archivo .p12')
    .requiredOption('--slug <slug>', 'institución')
    .option('--p12 <archivo>', 'certificado real (.p12/.pfx) con su llave privada')
    .option('--passphrase-env <VARIABLE>', 'variable de entorno que contiene la contraseña del .p12 (nunca en la línea de comandos)')
    .option('--force', 'reemplazar un certificado real por uno de prueba')
    .action((opts: { slug: string; p12?: string; passphraseEnv?: string; force?: boolean }) => {
      if (opts.passphraseEnv && !opts.p12) throw new UsageError('--passphrase-env solo se usa con --p12');
      let p12: { content: Buffer; passphrase: string } | null = null;
      if (opts.p12) {
        if (!opts.passphraseEnv) throw new UsageError('indica con --passphrase-env la variable de entorno que tiene la contraseña del .p12');
        const passphrase = environmentVariable(opts.passphraseEnv);
        if (passphrase === undefined) throw new UsageError(`la variable de entorno ${opts.passphraseEnv} no está definida`);
        p12 = { content: readFileArg(opts.p12, 'el certificado'), passphrase };
      }
      return withCliContext(async ({ app, runner }) => {
        const institution = await runner.institution(opts.slug);
        const certificates = (await documents(app)).get(CertificatesService);
        const summary = await runner.tenant(institution, async () => {
          if (p12) {
            try {
              return await certificates.importP12(p12.content, p12.passphrase, null);
            } catch (error) {
              if (error instanceof P12Error) throw new UsageError(error.message.replace(/\.$/, ''));
              throw error;
            }
          }
          const current = await certificates.current();
          if (current && !current.selfSigned && !opts.force) {
            throw new UsageError(`${institution.name} ya tiene un certificado real (huella ${current.fingerprintSha256}); para reemplazarlo por uno de prueba usa --force`);
          }
          return certificates.createTrial(institution.name, null);
        });
        printCertificate(institution.name, summary);
      });
    });
}

export function registerMissingDocumentsCommand(program: Command): void {
  group(program, 'filing', 'Declaraciones presentadas')
    .command('render-missing')
    .description('Vuelve a encolar los documentos (acuse, PDF completo y público) que les falten a las declaraciones de una institución')
    .requiredOption('--institution <slug>', 'institución')
    .action((opts: { institution: string }) =>
      withCliContext(async ({ app, runner }) => {
        const institution = await runner.institution(opts.institution);
        const service = (await documents(app)).get(MissingDocumentsService);
        const { acuses, pdfs } = await runner.tenant(institution, () => service.enqueueMissing());
        console.log(`${institution.slug}: ${acuses} acuses y ${pdfs} PDF encolados; los genera el worker (o la API sin REDIS_URL).`);
      }),
    );
}

export function registerLogoCommand(program: Command): void {
  group(program, 'institution', 'Instituciones (entes públicos) de la plataforma')
    .command('logo')
    .description('Registra el logotipo (PNG, hasta 256 KB) que se imprime en los acuses de la institución; --remove lo quita')
    .requiredOption('--slug <slug>', 'institución')
    .option('--png <archivo>', 'archivo PNG del logotipo')
    .option('--remove', 'quitar el logotipo')
    .action((opts: { slug: string; png?: string; remove?: boolean }) => {
      if (!!opts.png === !!opts.remove) throw new UsageError('indica --png <archivo> o --remove');
      const png = opts.png ? readFileArg(opts.png, 'el logotipo') : null;
      const problem = png ? logoProblem(png) : null;
      if (problem) throw new UsageError(problem);
      return withCliContext(async ({ app, runner }) => {
        const institution = await runner.institution(opts.slug);
        await runner.tenant(institution, () => app.get(InstitutionsService).setLogo(institution.id, png, null));
        console.log(png ? `Logotipo de ${institution.name} registrado (${png.length} bytes); aparecerá en los acuses nuevos.` : `Logotipo de ${institution.name} eliminado.`);
      });
    });
}

function printRegistration(r: PdfVerification): void {
  if (r.registrado) {
    console.log(`Registrado: sí, acuse del folio ${r.folio}`);
    console.log(`Institución: ${r.institucion}`);
    console.log(`Tipo: ${r.tipo}`);
    console.log(`Fecha de presentación: ${r.fechaPresentacion}`);
    if (r.vigente === false) console.log('Vigente: no (una nota aclaratoria posterior la sustituyó)');
    console.log(`e.firma de la persona declarante: ${r.efirma ? r.efirma.autoridad.explicacion : 'no firmó con e.firma'}`);
    // The trial notice itself is part of the explanation printed below.
    if (r.selloDePrueba !== null) console.log(`Certificado del sello: ${r.selloDePrueba ? 'de prueba (autofirmado)' : 'oficial de la institución'}`);
    if (r.anclaBitacora) {
      const kept = r.anclaBitacora.conservada ? 'la bitácora la conserva sin cambios' : 'la bitácora YA NO la conserva como se registró (borrada o reescrita)';
      console.log(`Ancla de la bitácora: entrada ${r.anclaBitacora.entrada}, hash ${r.anclaBitacora.hash}; ${kept}`);
    }
  } else {
    console.log('Registrado: no, el archivo no es idéntico a ningún acuse emitido');
  }
  console.log(`Resultado: ${r.firmaValida && r.registrado ? 'ACUSE AUTÉNTICO' : 'NO ES UN ACUSE AUTÉNTICO'}. ${r.explicacion}`);
}

function printCertificate(institutionName: string, c: CertificateSummary): void {
  console.log(`Certificado de sello de ${institutionName} registrado${c.selfSigned ? ' (autofirmado, de prueba)' : ''}.`);
  console.log(`Sujeto: CN=${c.commonName}${c.organization ? `, O=${c.organization}` : ''}`);
  console.log(`Vigencia: del ${c.notBefore.toISOString()} al ${c.notAfter.toISOString()}`);
  console.log(`Huella SHA-256: ${c.fingerprintSha256}`);
}
