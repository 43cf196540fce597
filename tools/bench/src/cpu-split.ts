import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds per clock tick in /proc/<pid>/stat (USER_HZ: 100 on Linux for x86 and arm). */
const TICK_S = 0.01;

export interface CpuSample {
  readonly platform: number;
  readonly postgres: number | null;
  readonly loadGenerator: number;
}

/** CPU time spent per accepted command during a step, in ms: where a command's cost goes. */
export interface CpuPerCommand {
  readonly platformMs: number;
  /** Every `postgres` process of this machine (null when the database is elsewhere or inside the platform). */
  readonly postgresMs: number | null;
  readonly loadGeneratorMs: number;
}

/** CPU seconds used so far by the platform, this machine's PostgreSQL (when `withPostgres`) and this process. */
export function sampleCpu(platformPid: number, withPostgres: boolean): CpuSample {
  return {
    platform: cpuSeconds(platformPid),
    postgres: withPostgres ? postgresCpuSeconds() : null,
    loadGenerator: cpuSeconds(process.pid),
  };
}

export function perCommand(before: CpuSample, after: CpuSample, accepted: number): CpuPerCommand {
  const ms = (a: number, b: number) => (accepted > 0 ? Math.round(((b - a) * 1000 * 1000) / accepted) / 1000 : 0);
  return {
    platformMs: ms(before.platform, after.platform),
    postgresMs: before.postgres === null || after.postgres === null ? null : ms(before.postgres, after.postgres),
    loadGeneratorMs: ms(before.loadGenerator, after.loadGenerator),
  };
}

/**
 * utime + stime (fields 14, 15) and cutime + cstime (16, 17): a process's own CPU and that of its children
 * that ended, so backends that come and go (pgbench's) still count, through the postmaster that reaped them.
 */
function cpuSeconds(pid: number): number {
  try {
    // The command name (field 2) may hold spaces: count the fields after its ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    return (f[11] + f[12] + f[13] + f[14]) * TICK_S;
  } catch {
    return 0; // gone between the listing and the read
  }
}

/** CPU seconds used so far by every `postgres` process of this machine. */
export function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') total += cpuSeconds(Number(entry));
    } catch {
      // gone between the listing and the read
    }
  }
  return total;
}

/** Whether `url` names a database on this machine, whose processes we can see in /proc. */
export function isLocalDatabase(url: string | undefined): boolean {
  if (!url) return false;
  return ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(url).hostname);
}
