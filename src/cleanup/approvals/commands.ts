/** `/aws-audit approve <id> [<id> ...]` or `/aws-audit revoke <id> [<id> ...]`, one per line. */
export interface ApprovalCommand {
  verb: 'approve' | 'revoke';
  /** Short ids (the fingerprint's first 8 hex characters) or whole fingerprints, lower-cased. */
  ids: string[];
  /** Words after the verb that are not ids, reported back. */
  invalid: string[];
}

const COMMAND = /^\/aws-audit\s+(approve|revoke)\b(.*)$/i;
const ID = /^[0-9a-f]{8,64}$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * The commands in a comment, each at the start of its own line. Lines in a quote (`> /aws-audit
 * approve ...` quotes someone else) or in a code block (an example) are not commands.
 */
export function parseCommands(body: string): ApprovalCommand[] {
  const commands: ApprovalCommand[] = [];
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const opening = FENCE.exec(line)?.[1];
    if (opening && (fence === null || opening.startsWith(fence))) {
      fence = fence === null ? opening : null;
      continue;
    }
    if (fence !== null || /^ {4}|^\t/.test(line)) continue;
    const match = COMMAND.exec(line.trim());
    if (!match) continue;
    const words = (match[2] ?? '')
      .split(/[\s,]+/)
      .map((word) => word.trim().toLowerCase())
      .filter(Boolean);
    commands.push({
      verb: (match[1] ?? '').toLowerCase() as ApprovalCommand['verb'],
      ids: words.filter((word) => ID.test(word)),
      invalid: words.filter((word) => !ID.test(word)),
    });
  }
  return commands;
}
