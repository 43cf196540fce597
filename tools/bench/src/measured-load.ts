import autocannon = require('autocannon');
import { CpuPerCommand, perCommand, sampleCpu } from './cpu-split';
import { percentiles, Percentiles, round } from './percentiles';

export interface MeasuredLoad {
  readonly acceptedPerSecond: number;
  readonly requestsPerSecond: number;
  readonly statusCounts: Record<string, number>;
  readonly errors: number;
  readonly latencyMs: Percentiles;
  /** Where each accepted (201) command's CPU went: the server process, this machine's PostgreSQL, the load generator. */
  readonly cpuPerCommand: CpuPerCommand;
}

/**
 * Closed-loop HTTP load with autocannon, every response's latency kept, and the CPU of `serverPid` and
 * (when `localDatabase`) of this machine's PostgreSQL sampled before and after. Accepted = 201 answers.
 */
export function measuredLoad(options: autocannon.Options, serverPid: number, localDatabase: boolean): Promise<MeasuredLoad> {
  const latencies: number[] = [];
  const cpuBefore = sampleCpu(serverPid, localDatabase);
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (err, result) => {
      if (err) return reject(err);
      const statusCounts = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
      const accepted = statusCounts['201'] ?? 0;
      resolve({
        acceptedPerSecond: round(accepted / result.duration),
        requestsPerSecond: round(result.requests.total / result.duration),
        statusCounts,
        errors: result.errors,
        latencyMs: percentiles(latencies),
        cpuPerCommand: perCommand(cpuBefore, sampleCpu(serverPid, localDatabase), accepted),
      });
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTimeMs: number) => latencies.push(responseTimeMs));
  });
}
