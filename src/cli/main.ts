import { UsageError } from '../usage-error.js';
import { TOOL_VERSION } from '../version.js';
import { HELP } from './help.js';
import { EXIT, consoleIo, type Io } from './io.js';

type Command = (args: string[], io: Io) => number | Promise<number>;

/**
 * Each command is loaded when it runs: an audit of a saved inventory never loads the AWS SDK
 * clients the scan needs (about 100 MiB of code and models).
 */
const COMMANDS = new Map<string, () => Promise<Command>>(
  Object.entries({
    scan: async () => (await import('./commands/scan.js')).scanCommand,
    audit: async () => (await import('./commands/audit.js')).auditCommand,
    plan: async () => (await import('./commands/plan.js')).planCommand,
    merge: async () => (await import('./commands/merge.js')).mergeCommand,
    rules: async () => (await import('./commands/rules.js')).rulesCommand,
    diff: async () => (await import('./commands/diff.js')).diffCommand,
    render: async () => (await import('./commands/render.js')).renderCommand,
    compliance: async () => (await import('./commands/compliance.js')).complianceCommand,
    inventory: async () => (await import('./commands/inventory.js')).inventoryCommand,
    'iam-policy': async () => (await import('./commands/iam-policy.js')).iamPolicyCommand,
  }),
);

/** Returns the process exit code (see EXIT). */
export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '--version') {
    io.out(TOOL_VERSION);
    return EXIT.ok;
  }
  const load = COMMANDS.get(command);
  if (!load) {
    io.err(`Unknown command '${command}'.\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    // Duck-typed: parseArgs errors come from Node's own realm, where instanceof checks can fail.
    const { code, message: text } = (error ?? {}) as { code?: unknown; message?: unknown };
    const message = typeof text === 'string' ? text : String(error);
    const usage =
      error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'));
    io.err(`aws-audit: ${message}`);
    return usage ? EXIT.usage : EXIT.failed;
  }
}
