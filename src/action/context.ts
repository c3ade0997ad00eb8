import type { RunDeadline } from '../aws/deadline.js';
import type { AuditConfig } from '../config/schema.js';
import type { Severity } from '../findings/finding.js';
import type { GitHubClient } from '../publish/github.js';
import type { ReportTemplates } from '../render/report-views.js';
import type { RunSettings } from '../settings.js';
import type { CleanupInputs } from './cleanup-inputs.js';
import type { GitHubRun } from './github-event.js';
import type { PublishInputs } from './publish-inputs.js';

/** Everything a step of the Action reads, checked before the first AWS call. */
export interface ActionContext {
  settings: RunSettings;
  publishing: PublishInputs;
  cleanup: CleanupInputs;
  config: AuditConfig;
  templates: ReportTemplates;
  deadline: RunDeadline;
  signal: AbortSignal;
  failOn: Severity | null;
  failOnNew: Severity | null;
  /** The `previous-report` input, or empty. */
  previousReport: string;
  /** Undefined off a GitHub runner. */
  github: GitHubRun | undefined;
  /** Undefined without a token. */
  client: GitHubClient | undefined;
}
