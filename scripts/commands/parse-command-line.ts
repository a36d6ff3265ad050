import { parseArgs, type ParseArgsConfig } from 'node:util';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with --help built in and usage errors reported, not thrown.
 * Returns undefined when the command should stop (help shown, or a usage error).
 */
export function parseCommandLine<T extends OptionsConfig>(args: string[], options: T, help: string, allowPositionals: boolean) {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
    if (parsed.values.help) {
      process.stdout.write(help);
      return { exitCode: 0 } as const;
    }
    return { parsed } as const;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${help}`);
    return { exitCode: 2 } as const;
  }
}
