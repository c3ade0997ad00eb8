export interface ScanTask {
  account: string;
  service: string;
  region: string;
}

export interface ScanTaskResult extends ScanTask {
  resources: number;
  errors: number;
  durationMs: number;
}

/** Receives progress as each (account, service, region) task finishes. */
export interface ScanProgress {
  planned?(total: number): void;
  finished(result: ScanTaskResult, done: number, total: number): void;
}
