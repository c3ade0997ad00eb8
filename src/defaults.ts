/** The run's defaults, shared by the Action's inputs, the CLI's flags and its help. */
export const DEFAULTS = {
  audience: 'sts.amazonaws.com',
  region: 'us-east-1',
  durationSeconds: 3600,
  maxConcurrency: 64,
  maxAttempts: 8,
  callTimeoutSeconds: 30,
  regionTimeoutSeconds: 600,
  // Well inside GitHub's 6-hour job limit; a scan of 10,000 resources takes about a minute.
  timeoutMinutes: 60,
  outputDir: 'aws-audit-output',
  // Groups of a plan: GitHub allows 256 jobs per matrix; 20 keeps the runner queue reasonable.
  maxJobs: 20,
} as const;
