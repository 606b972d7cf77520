import { CommanderError } from 'commander';
import { ConfigError, environmentVariable } from '@veraz/config';
import { DomainError } from '@veraz/contracts';
import { DatabaseRoleError } from '@veraz/db';

/** A usage mistake: printed in Spanish, exit code 2. */
export class UsageError extends Error {}

const COMMANDER_MESSAGES: Record<string, (e: CommanderError) => string> = {
  'commander.missingMandatoryOptionValue': (e) => `falta la opción obligatoria ${optionIn(e.message)}`,
  'commander.optionMissingArgument': (e) => `la opción ${optionIn(e.message)} necesita un valor`,
  'commander.missingArgument': (e) => `falta el argumento ${optionIn(e.message)}`,
  'commander.unknownOption': (e) => `opción desconocida ${optionIn(e.message)}`,
  'commander.unknownCommand': (e) => `comando desconocido ${optionIn(e.message)}`,
  'commander.excessArguments': () => 'sobran argumentos',
  'commander.invalidArgument': (e) => `valor inválido: ${e.message.replace(/^error: /, '')}`,
};

function optionIn(message: string): string {
  return message.match(/'([^']+)'/)?.[1] ?? '';
}

/** Prints an error in Spanish and returns the exit code. */
export function reportCliError(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    const spanish = COMMANDER_MESSAGES[err.code]?.(err) ?? err.message.replace(/^error: /, '');
    console.error(`Error: ${spanish}. Usa --help para ver las opciones.`);
    return 2;
  }
  if (err instanceof UsageError) {
    console.error(`Error: ${err.message}. Usa --help para ver las opciones.`);
    return 2;
  }
  if (err instanceof DatabaseRoleError) {
    console.error(`Error: ${err.message}`);
    return 1;
  }
  if (err instanceof ConfigError) {
    console.error(err.message);
    return 2;
  }
  if (err instanceof DomainError) {
    console.error(`Error: ${err.message}`);
    for (const e of err.errors) console.error(`  - ${e.path}: ${e.message}`);
    return err.status >= 400 && err.status < 500 ? 2 : 1;
  }
  console.error('Error inesperado:', err instanceof Error ? err.message : err);
  if (environmentVariable('VERAZ_DEBUG') && err instanceof Error) console.error(err.stack);
  return 1;
}
