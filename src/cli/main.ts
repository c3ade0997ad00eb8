import { UsageError } from '../usage-error.js';
import { TOOL_VERSION } from '../version.js';
import { auditCommand } from './commands/audit.js';
import { complianceCommand } from './commands/compliance.js';
import { diffCommand } from './commands/diff.js';
import { iamPolicyCommand } from './commands/iam-policy.js';
import { inventoryCommand } from './commands/inventory.js';
import { renderCommand } from './commands/render.js';
import { rulesCommand } from './commands/rules.js';
import { scanCommand } from './commands/scan.js';
import { HELP } from './help.js';
import { EXIT, consoleIo, type Io } from './io.js';

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
  try {
    switch (command) {
      case 'iam-policy':
        return iamPolicyCommand(rest, io);
      case 'scan':
        return await scanCommand(rest, io);
      case 'audit':
        return await auditCommand(rest, io);
      case 'rules':
        return await rulesCommand(rest, io);
      case 'diff':
        return await diffCommand(rest, io);
      case 'render':
        return await renderCommand(rest, io);
      case 'compliance':
        return await complianceCommand(rest, io);
      case 'inventory':
        return await inventoryCommand(rest, io);
      default:
        io.err(`Unknown command '${command}'.\n\n${HELP}`);
        return EXIT.usage;
    }
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
