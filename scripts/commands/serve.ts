import { startStaticServer } from '../../src/serve/static-server.ts';
import { parseCommandLine } from './parse-command-line.ts';

const help = `fihris serve [DIR] [--port N] [--base PATH]

Serves a built site (default: dist) on http://127.0.0.1, as any static host would:
files only, no rewrites. Stop with Ctrl-C.

  --port N       port to listen on            (default: 4321)
  --base PATH    URL path the site lives under (default: /)
`;

export async function runServe(args: string[]): Promise<number> {
  const command = parseCommandLine(args, {
    port: { type: 'string', default: '4321' },
    base: { type: 'string', default: '/' },
  }, help, true);
  if (!command.parsed) return command.exitCode;
  const { values, positionals } = command.parsed;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a number from 0 to 65535, not "${values.port}".\n`);
    return 2;
  }
  const running = await startStaticServer({ root: positionals[0] ?? 'dist', basePath: values.base, port });
  process.stdout.write(`فهرس / Fihris: ${running.url}  (Ctrl-C to stop)\n`);
  await new Promise(() => {});
  return 0;
}
