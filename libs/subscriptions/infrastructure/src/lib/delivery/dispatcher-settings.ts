export interface DispatcherSettings {
  /** Poll interval; 0 turns the loop off (tests drive `tick` themselves). */
  pollMs: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  maxAttempts: number;
  timeoutMs: number;
  batch: number;
}

const num = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const v = Number(env[name]);
  return env[name] !== undefined && Number.isFinite(v) && v >= 0 ? v : fallback;
};

export function dispatcherSettings(env: NodeJS.ProcessEnv = process.env): DispatcherSettings {
  return {
    pollMs: num(env, 'ACCORD_WEBHOOK_DISPATCH_MS', 1000),
    baseBackoffMs: num(env, 'ACCORD_WEBHOOK_BACKOFF_MS', 30_000),
    maxBackoffMs: num(env, 'ACCORD_WEBHOOK_BACKOFF_MAX_MS', 6 * 3_600_000),
    maxAttempts: Math.max(1, num(env, 'ACCORD_WEBHOOK_MAX_ATTEMPTS', 8)),
    timeoutMs: num(env, 'ACCORD_WEBHOOK_TIMEOUT_MS', 5000),
    batch: 20,
  };
}
