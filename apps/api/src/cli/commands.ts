import type { Command } from 'commander';
import { AccountProvisioning } from '@veraz/accounts';
import { APP_ROLE, loginOf } from '@veraz/db';
import { AMBITOS_PUBLICOS, isInstitutionRole, NIVELES_ORDEN_GOBIERNO, PLATFORM_ROLE, type InstitutionRole } from '@veraz/contracts';
import { InstitutionsService } from '@veraz/institutions';
import { QueueAdmin } from '@veraz/queue';
import { describeDemo, seedDemo } from '../demo/demo-seed';
import { migrateOnly, withCliContext } from './cli-context';
import { UsageError } from './cli-errors';
import type { CliRunner } from './cli-runner';

const QUEUES = ['mail', 'documents', 'obligations'];

export function registerCommands(program: Command): void {
  program
    .command('migrate')
    .description('Aplica las migraciones pendientes (con DATABASE_OWNER_URL) y crea o ajusta el usuario de DATABASE_URL')
    .action(async () => {
      const { applied, database } = await migrateOnly();
      console.log(applied.length ? `Migraciones aplicadas: ${applied.join(', ')}` : 'La base de datos ya estaba al día.');
      console.log(`Usuario de la aplicación: ${loginOf(database.url).name} (miembro de ${APP_ROLE}, sin superusuario ni BYPASSRLS)`);
    });

  program
    .command('demo')
    .description('Crea la institución de demostración con una persona administradora, una revisora, una declarante y un operador')
    .action(() =>
      withCliContext(async ({ app, config, runner }) => {
        const result = await seedDemo(app, runner, config.dataDir);
        console.log(result.created ? 'Demostración creada.' : 'La demostración ya existía.');
        console.log(describeDemo(result));
      }),
    );

  const institution = program.command('institution').description('Instituciones (entes públicos) de la plataforma');
  institution
    .command('create')
    .description('Da de alta una institución')
    .requiredOption('--slug <slug>', 'identificador corto en la URL, p. ej. sefin-jalisco')
    .requiredOption('--name <nombre>', 'nombre oficial de la institución')
    .action((opts: { slug: string; name: string }) =>
      withCliContext(async ({ app, runner }) => {
        const created = await runner.newInstitution(() => app.get(InstitutionsService).create({ slug: opts.slug, name: opts.name }, null));
        console.log(`Institución creada: ${created.name} (${created.slug}) id ${created.id}`);
      }),
    );
  institution
    .command('list')
    .description('Lista las instituciones')
    .action(() =>
      withCliContext(async ({ app, runner }) => {
        const all = await runner.platform(() => app.get(InstitutionsService).list());
        if (all.length === 0) console.log('No hay instituciones.');
        for (const i of all) console.log(`${i.slug.padEnd(24)} ${i.name}  (${i.id})`);
      }),
    );

  institution
    .command('s1-shared')
    .description('Suma (--on) o retira (--off) una institución del punto S1 compartido de la plataforma')
    .requiredOption('--slug <slug>', 'institución')
    .option('--on', 'servir sus declaraciones públicas también en /s1/v2/declaraciones')
    .option('--off', 'dejar de servirlas ahí')
    .action((opts: { slug: string; on?: boolean; off?: boolean }) =>
      withCliContext(async ({ app, runner }) => {
        if (!!opts.on === !!opts.off) throw new UsageError('indica --on o --off');
        const found = await runner.institution(opts.slug);
        await runner.tenant(found, () => app.get(InstitutionsService).setS1Shared(found.id, !!opts.on, null));
        console.log(`${found.slug}: ${opts.on ? 'incluida en' : 'retirada de'} el punto S1 compartido.`);
      }),
    );

  institution
    .command('ente-publico')
    .description('Registra el orden de gobierno y el ámbito de la institución; las declaraciones nuevas parten de ellos')
    .requiredOption('--slug <slug>', 'institución')
    .requiredOption('--orden <orden>', NIVELES_ORDEN_GOBIERNO.join(', '))
    .requiredOption('--ambito <ambito>', AMBITOS_PUBLICOS.join(', '))
    .action((opts: { slug: string; orden: string; ambito: string }) =>
      withCliContext(async ({ app, runner }) => {
        const orden = NIVELES_ORDEN_GOBIERNO.find((v) => v === opts.orden);
        const ambito = AMBITOS_PUBLICOS.find((v) => v === opts.ambito);
        if (!orden) throw new UsageError(`--orden debe ser uno de ${NIVELES_ORDEN_GOBIERNO.join(', ')}`);
        if (!ambito) throw new UsageError(`--ambito debe ser uno de ${AMBITOS_PUBLICOS.join(', ')}`);
        const found = await runner.institution(opts.slug);
        await runner.tenant(found, () => app.get(InstitutionsService).setEntePublico(found.id, { nivelOrdenGobierno: orden, ambitoPublico: ambito }, null));
        console.log(`${found.slug}: orden de gobierno ${orden}, ámbito ${ambito}.`);
      }),
    );

  program
    .command('user')
    .description('Cuentas de personas')
    .command('create')
    .description('Crea una cuenta (o agrega un rol a una existente) en una institución; con --role OPERADOR crea un operador')
    .requiredOption('--email <correo>', 'correo electrónico de la persona')
    .requiredOption('--role <rol>', 'DECLARANTE, REVISOR, ADMIN_INSTITUCION u OPERADOR')
    .option('--institution <slug>', 'institución (obligatoria salvo para OPERADOR)')
    .option('--password <contraseña>', 'contraseña inicial; si se omite se genera una')
    .option('--nombre <nombre>', 'nombre(s)', 'Sin nombre')
    .option('--primer-apellido <apellido>', 'primer apellido', 'Sin apellido')
    .option('--segundo-apellido <apellido>', 'segundo apellido')
    .option('--curp <curp>', 'CURP (18 caracteres)')
    .option('--rfc <rfc>', 'RFC sin homoclave (10 caracteres)')
    .option('--homoclave <homoclave>', 'homoclave del RFC (3 caracteres)')
    .action((opts: UserCreateOptions) => withCliContext(({ app, runner }) => createUser(app.get(AccountProvisioning), runner, opts)));

  const jobs = program.command('jobs').description('Trabajos en segundo plano (correo, documentos)');
  jobs
    .command('failed')
    .description('Lista los trabajos que agotaron sus reintentos')
    .action(() =>
      withCliContext(async ({ app }) => {
        const failed = await app.get(QueueAdmin).failed(QUEUES);
        if (failed.length === 0) console.log('No hay trabajos fallidos.');
        for (const j of failed) {
          console.log(`${j.queue}/${j.id}  ${j.name}  intentos: ${j.attemptsMade}  institución: ${j.institutionId ?? 'plataforma'}  motivo: ${j.failedReason}`);
        }
      }),
    );
  jobs
    .command('retry')
    .description('Vuelve a encolar un trabajo fallido')
    .requiredOption('--id <id>', 'identificador del trabajo (ver jobs failed)')
    .option('--queue <cola>', 'cola del trabajo', 'mail')
    .action((opts: { id: string; queue: string }) =>
      withCliContext(async ({ app }) => {
        if (!QUEUES.includes(opts.queue)) throw new UsageError(`cola desconocida ${opts.queue}`);
        const ok = await app.get(QueueAdmin).retry(opts.queue, opts.id);
        if (!ok) throw new UsageError(`no hay un trabajo fallido ${opts.id} en la cola ${opts.queue}`);
        console.log(`Trabajo ${opts.id} reencolado.`);
      }),
    );
}

interface UserCreateOptions {
  email: string;
  role: string;
  institution?: string;
  password?: string;
  nombre: string;
  primerApellido: string;
  segundoApellido?: string;
  curp?: string;
  rfc?: string;
  homoclave?: string;
}

async function createUser(accounts: AccountProvisioning, runner: CliRunner, opts: UserCreateOptions): Promise<void> {
  const role = opts.role.toUpperCase();
  const isOperator = role === PLATFORM_ROLE;
  if (!isOperator && !isInstitutionRole(role)) throw new UsageError(`rol desconocido ${opts.role}; usa DECLARANTE, REVISOR, ADMIN_INSTITUCION u OPERADOR`);
  if (!isOperator && !opts.institution) throw new UsageError('falta la opción --institution <slug>');
  if (isOperator && opts.institution) throw new UsageError('OPERADOR es un rol de la plataforma; no uses --institution');
  const institution = opts.institution ? await runner.institution(opts.institution) : null;

  const existing = await runner.platform(() => accounts.findUserByEmail(opts.email));
  if (existing) {
    if (isOperator) throw new UsageError('ya existe una cuenta con ese correo');
    const roles = await runner.tenant(institution!, () => accounts.grantRoles(existing.id, [role as InstitutionRole], null));
    console.log(`La cuenta ${existing.email} ya existía; roles en ${institution!.slug}: ${roles.join(', ')}`);
    return;
  }
  const { user, password } = await runner.platform(() => accounts.createUser({
    email: opts.email,
    password: opts.password,
    nombre: opts.nombre,
    primerApellido: opts.primerApellido,
    segundoApellido: opts.segundoApellido,
    curp: opts.curp,
    rfc: opts.rfc,
    homoclave: opts.homoclave,
    isOperator,
  }));
  if (institution) await runner.tenant(institution, () => accounts.grantRoles(user.id, [role as InstitutionRole], null));
  console.log(`Cuenta creada: ${user.email} (${isOperator ? 'OPERADOR' : `${role} en ${institution!.slug}`})`);
  if (!opts.password) console.log(`Contraseña generada: ${password}`);
}
