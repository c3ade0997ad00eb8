/** Reading what `/usr/bin/time -v` printed on stderr, as every benchmark here runs its process. */

/** The process's peak resident set size in KiB; 0 when `time -v` printed none. */
export function peakRssKb(timeStderr: string): number {
  return Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(timeStderr)?.[1] ?? 0);
}
