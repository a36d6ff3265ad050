import { parseArgs, type ParseArgsConfig } from 'node:util';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

const helpOption = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * node:util parseArgs with --help built in and usage errors reported, not thrown.
 * Gives `parsed`, or an `exitCode` when the command should stop (help shown: 0; usage error: 2).
 */
export function parseCommandLine<T extends OptionsConfig>(args: string[], options: T, help: string, allowPositionals: boolean) {
  try {
    const parsed = parseArgs({ args, options: { ...options, ...helpOption }, allowPositionals, strict: true });
    if ((parsed.values as { help?: boolean }).help) {
      process.stdout.write(help);
      return { exitCode: 0 } as const;
    }
    return { parsed } as const;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${help}`);
    return { exitCode: 2 } as const;
  }
}
