const DAY_MS = 86_400_000;

/** Whole days since the due date ended (0 on the due date itself and before). */
export function daysOverdue(dueDate: string, now: Date): number {
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  return Math.max(0, Math.floor((now.getTime() - due) / DAY_MS));
}

/**
 * Which reminder period `now` falls in: 0 from the first overdue day, then one more every
 * `intervalDays`; null while not overdue. Periods missed while no scheduler ran fold into the current
 * one, so an addressee gets one reminder after an outage, not a burst.
 */
export function overduePeriod(dueDate: string, now: Date, intervalDays: number): number | null {
  const days = daysOverdue(dueDate, now);
  return days < 1 ? null : Math.floor((days - 1) / intervalDays);
}
