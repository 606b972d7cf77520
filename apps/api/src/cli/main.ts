import 'reflect-metadata';
import { Command, type Help } from 'commander';
import { registerAuditCommands } from './audit-commands';
import { registerCommands } from './commands';
import { registerRequerimientoCommands } from './requerimiento-commands';
import { registerFilingCommands } from './filing-commands';
import { registerFxCommands } from './fx-commands';
import { registerGenerateCommand } from './generate-command';
import { registerObligationCommands } from './obligation-commands';
import { registerRosterCommands } from './roster-commands';
import { registerS1ClientCommands } from './s1-client-commands';
import { registerS1PublicationCommands } from './s1-publication-commands';
import { reportCliError } from './cli-errors';
import { registerAuthorityCommand } from './authority-commands';
import { registerDocumentCommands, registerLogoCommand, registerMissingDocumentsCommand } from './document-commands';

/** Help text in Spanish (commander's own section labels are English). */
function formatHelp(cmd: Command, helper: Help): string {
  const width = helper.padWidth(cmd, helper);
  const item = (term: string, description: string) => `  ${term.padEnd(width)}  ${description}`;
  const usage = helper.commandUsage(cmd).replace('[options]', '[opciones]').replace('[command]', '[comando]');
  const out = [`Uso: ${usage}`, ''];
  const description = helper.commandDescription(cmd);
  if (description) out.push(description, '');
  const options = helper.visibleOptions(cmd);
  if (options.length) out.push('Opciones:', ...options.map((o) => item(helper.optionTerm(o), helper.optionDescription(o))), '');
  const commands = helper.visibleCommands(cmd);
  if (commands.length) out.push('Comandos:', ...commands.map((c) => item(helper.subcommandTerm(c), helper.subcommandDescription(c))), '');
  return out.join('\n');
}

export function buildProgram(): Command {
  const program = new Command('veraz')
    .description('Herramienta de operación de Veraz (npm run veraz -- <comando>)')
    .helpOption('-h, --help', 'muestra esta ayuda')
    .helpCommand('help [comando]', 'muestra la ayuda de un comando')
    .configureHelp({ formatHelp })
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  registerCommands(program);
  registerAuditCommands(program);
  registerFilingCommands(program);
  registerGenerateCommand(program);
  registerRosterCommands(program);
  registerS1ClientCommands(program);
  registerS1PublicationCommands(program);
  registerDocumentCommands(program);
  registerLogoCommand(program);
  registerAuthorityCommand(program);
  registerMissingDocumentsCommand(program);
  registerObligationCommands(program);
  registerRequerimientoCommands(program);
  registerFxCommands(program);
  return program;
}

async function main(): Promise<void> {
  const program = buildProgram();
  if (process.argv.length <= 2) {
    program.outputHelp();
    process.exitCode = 2;
    return;
  }
  await program.parseAsync(process.argv);
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => process.exit(reportCliError(err)),
);
