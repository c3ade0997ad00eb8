import { Type, type Static } from '@sinclair/typebox';
import { ConfigError } from '../../config/errors.js';
import { parseValidatedYaml } from '../../config/yaml.js';
import { CLEANUP_ACTIONS } from '../../rules/model.js';
import { compileSchema } from '../../shared/ajv.js';

export const DEFAULT_APPROVALS_FILE = '.github/aws-audit-approvals.yml';

/** GitHub logins: letters, digits and single hyphens, at most 39 characters. */
const LOGIN = '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$';

const FileApprovalSchema = Type.Object(
  {
    /** The resource's id (vol-..., eipalloc-..., a bucket name) or ARN. */
    resource: Type.String({ minLength: 1 }),
    action: Type.Union(CLEANUP_ACTIONS.map((id) => Type.Literal(id))),
    /** Needed only where the same resource id could be in several accounts or regions. */
    account: Type.Optional(
      Type.Union([
        Type.String({ pattern: '^\\d{12}$' }),
        Type.Integer({ minimum: 0, maximum: 999_999_999_999 }),
      ]),
    ),
    region: Type.Optional(Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-\\d$' })),
    'approved-by': Type.String({ pattern: LOGIN }),
    /** The last day (UTC) the approval counts. */
    expires: Type.String({ format: 'date' }),
    reason: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const ApprovalsFileSchema = Type.Object(
  { approvals: Type.Optional(Type.Array(FileApprovalSchema)) },
  { additionalProperties: false },
);

const validate = compileSchema(ApprovalsFileSchema);

export interface FileApproval {
  resource: string;
  action: string;
  account: string | undefined;
  region: string | undefined;
  approvedBy: string;
  /** The last day it counts, as written. */
  expires: string;
  /** The end of the `expires` day, UTC. */
  expiresAt: string;
  reason: string | undefined;
  /** `file:line:col`, for messages. */
  source: string;
  /** Stable across commits: the same entry is the same approval; change it and it is a new one. */
  key: string;
}

const normalise = (entry: Static<typeof FileApprovalSchema>, source: string): FileApproval => {
  // YAML reads an unquoted account id as a number and drops its leading zeros.
  const account = entry.account === undefined ? undefined : String(entry.account).padStart(12, '0');
  const expiresAt = new Date(Date.parse(`${entry.expires}T00:00:00.000Z`) + 86_400_000).toISOString();
  return {
    resource: entry.resource,
    action: entry.action,
    account,
    region: entry.region,
    approvedBy: entry['approved-by'],
    expires: entry.expires,
    expiresAt,
    reason: entry.reason,
    source,
    key: [
      entry.resource,
      entry.action,
      account ?? '*',
      entry.region ?? '*',
      entry['approved-by'],
      entry.expires,
    ].join('|'),
  };
};

/**
 * The approvals file's entries, validated as strictly as the configuration: an unknown key, an
 * unknown action, a date that is not a date or the same resource and action twice are errors
 * naming the line, so a typo is never a silently ignored approval.
 */
export function parseApprovalsFile(text: string, file: string): FileApproval[] {
  try {
    // An empty file, or `approvals:` with every entry removed, approves nothing.
    const { document, value, at } = parseValidatedYaml(text, file, validate, (raw) =>
      raw && typeof raw === 'object' && 'approvals' in raw && raw.approvals === null
        ? { ...raw, approvals: [] }
        : raw,
    );
    const entries = (value.approvals ?? []).map((entry, index) => {
      const node = document.getIn(['approvals', index], true) as
        { range?: [number, number, number] } | undefined;
      return normalise(entry, at(node?.range?.[0]));
    });
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const target = [entry.resource, entry.action, entry.account ?? '*', entry.region ?? '*'].join(' ');
      const earlier = seen.get(target);
      if (earlier)
        problems.push(
          `${entry.source}: ${entry.resource} ${entry.action} is approved twice (also ${earlier})`,
        );
      seen.set(target, entry.source);
    }
    if (problems.length > 0) throw new ConfigError(problems);
    return entries;
  } catch (error) {
    if (error instanceof ConfigError)
      throw new ConfigError(error.problems, `Invalid approvals file ${file}:`);
    throw error;
  }
}
