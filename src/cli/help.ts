import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { inventoryServices } from '../inventory/resources/index.js';
import { DEFAULTS } from '../defaults.js';
import { TOOL_VERSION } from '../version.js';

export const HELP = `aws-audit ${TOOL_VERSION}: inventory and audit live AWS accounts

Usage:
  aws-audit scan [options]     scan the account(s) and audit them: <output-dir>/inventory.json and report.json
  aws-audit audit --inventory FILE [options]
                               audit a saved inventory offline
  aws-audit plan --accounts organization|IDS --member-role-name NAME [--max-jobs N]
                 [--previous-report FILE]
                               split the accounts into at most N groups (default ${DEFAULTS.maxJobs}) of about
                               equal work, by each account's resources in the previous merged report;
                               prints the plan (a job matrix, JSON) and writes <output-dir>/plan.json
  aws-audit scan --accounts IDS --member-role-name NAME --output-dir DIR
                               scan one group of a plan (IDS: its comma-separated account ids): a part
  aws-audit merge [--plan FILE] [--previous-report FILE] PART...
                               the parts (report.json files or their directories) into one report,
                               diffed against the previous merged report; with --plan, the accounts
                               of a missing part are recorded as not read (unknown, never resolved)
                               and the merge exits 1
  aws-audit diff --previous FILE --current FILE [--json]
                               what changed between two reports: new, resolved, persisting, unknown
  aws-audit render --report FILE [--view summary|pr-comment|issue|organization-issue|slack]
                   [--account ID]
                   [--templates-dir DIR] [--run-url URL] [--artifact-url URL]
                               a report as the Action publishes it (Markdown, or Slack Block Kit JSON)
  aws-audit compliance --report FILE --standard fsbp|cis [--format markdown|json]
                       [--status pass,fail,not-applicable,not-judged]
                               per account, each control of the standard: pass, fail (with the findings
                               behind it), not applicable, or not judged (never shown as a pass)
  aws-audit inventory --inventory FILE [--format markdown|csv|json] [--filter TERMS]...
                               the resources as tables per type: name, region, state, size, age, tags,
                               monthly cost where a price is known. TERMS: key=value pairs joined by
                               commas (all must hold; repeat --filter to add more), keys service, type,
                               region, account, state, name, id and tag:KEY; != negates, | separates
                               alternatives, * and ? are wildcards: --filter type=ec2:volume,state=available
                               --filter tag:env=prod
  aws-audit rules [--json]     list the rule catalog
  aws-audit iam-policy         print the read-only IAM policy the scan needs
                               (--cleanup [--actions a,b]: the cleanup role's policy)
  aws-audit --version | --help

Scan options:
  --regions LIST               regions to scan (comma-separated), or "all" (default: every enabled region)
  --exclude-regions LIST       regions to skip
  --services LIST              services to scan, or "all" (${inventoryServices().join(', ')})
  --exclude-services LIST      services to skip
  --region REGION              region for STS and region discovery (default ${DEFAULTS.region})
  --role-arn ARN               assume this role from your current credentials first
  --additional-role-arns LIST  roles in more accounts to assume and scan too
  --accounts organization      scan the organization's active accounts (listed with the first
                               credentials: management account or delegated administrator)
  --accounts IDS               or scan these account ids (a plan's group), each through the member role
  --member-role-name NAME      with --accounts: the role to assume in each member account
  --organizational-units LIST  with --accounts organization: only these OUs (nested ones included)
  --include-accounts LIST      with --accounts organization: only these account ids
  --exclude-accounts LIST      with --accounts organization: never these account ids
  --external-id ID             external id for the assumed roles
  --max-concurrency N          concurrent API calls (default ${DEFAULTS.maxConcurrency})
  --max-attempts N             attempts per call, with adaptive retry (default ${DEFAULTS.maxAttempts})
  --call-timeout-seconds N     time limit of one attempt of one call, answer included (default ${DEFAULTS.callTimeoutSeconds})
  --region-timeout-seconds N   time budget per region; calls still pending then are abandoned (default ${DEFAULTS.regionTimeoutSeconds})
  --timeout-minutes N          time limit of the whole run: it then ends with what it has, recorded as
                               not read completely, and exits 1 (default ${DEFAULTS.timeoutMinutes})
  --output-dir DIR             where inventory.json and report.json go (default ${DEFAULTS.outputDir})

Audit options (scan and audit):
  --config FILE                rules, thresholds and suppressions (default ${DEFAULT_CONFIG_PATH}, which
                               may be absent: then the defaults apply; any other FILE must exist)
  --fail-on SEVERITY           exit 3 when an active finding is at least this severe
                               (critical, high, medium, low, info; default: never)
  --fail-on-new SEVERITY       exit 3 when a new (or reopened) finding is at least this severe:
                               what a pull-request check wants (needs --previous-report)
  --previous-report FILE       the previous run's report.json: findings are then new, persisting,
                               reopened, resolved (gone where their rule judged the scope completely)
                               or unknown (their scope not judged this run: never resolved). An
                               unreadable one is a warning, and every finding counts as new.

Every option and the config file are checked before the first AWS call.

Exit codes:
  0  done, and no finding past --fail-on or --fail-on-new
  1  the run failed (AWS unreachable, credentials rejected, a file not writable)
  2  a mistake in the command, its options, AWS_PROFILE, the config file or the inventory given
  3  an active finding at or above --fail-on, or a new one at or above --fail-on-new

Credentials come from the usual AWS sources (environment, profile, SSO, instance role); an
AWS_PROFILE must name a profile in ~/.aws/config or ~/.aws/credentials (or AWS_CONFIG_FILE,
AWS_SHARED_CREDENTIALS_FILE). AWS_ENDPOINT_URL points every call at an emulator such as moto or
LocalStack.`;
