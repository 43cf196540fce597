import { InvalidInput } from '@accord/shared/kernel';

export interface OverdueSettings {
  /** Days between reminders to an addressee who still has not reported (ACCORD_OVERDUE_REMINDER_DAYS, default 7). */
  reminderIntervalDays: number;
  /** How often the scheduler looks (ACCORD_OVERDUE_SCAN_MS, default one minute); 0 = only when called. */
  scanIntervalMs: number;
}

export const OVERDUE_SETTINGS = Symbol('OVERDUE_SETTINGS');

export function overdueSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OverdueSettings {
  return {
    reminderIntervalDays: positiveInteger(env, 'ACCORD_OVERDUE_REMINDER_DAYS', 7, 1),
    scanIntervalMs: positiveInteger(env, 'ACCORD_OVERDUE_SCAN_MS', 60_000, 0),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new InvalidInput(name, `${name} must be a whole number of at least ${min}, got "${raw}"`);
  return value;
}
