/**
 * The only reads of the process environment outside loadConfig (a lint rule keeps it so), for the
 * few values that are not configuration: a variable the operator names on the command line, a
 * debugging switch, and the environment a child process inherits.
 */
export function environmentVariable(name: string): string | undefined {
  return process.env[name];
}

/** This process's environment with some variables replaced, for a child process. */
export function childEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
