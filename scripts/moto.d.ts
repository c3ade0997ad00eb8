import type { ChildProcess } from 'node:child_process';

export declare const projectRoot: string;
export declare function ensureMotoInstalled(): string;
export declare function freePort(): Promise<number>;
export interface MotoServer {
  endpoint: string;
  process: ChildProcess;
  stop(): Promise<void>;
}
export declare function startMoto(): Promise<MotoServer>;
