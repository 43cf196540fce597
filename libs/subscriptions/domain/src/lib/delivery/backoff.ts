export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
}

/**
 * Delay before attempt `failedAttempts + 1`: doubles from `baseMs`, capped at `maxMs`, then "equal
 * jitter" (half fixed, half random) so receivers coming back from an outage are not hit in lockstep.
 */
export function backoffDelayMs(failedAttempts: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}
