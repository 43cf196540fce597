import { EVIDENCE_LEVELS, NewCommitment, ProgressReport } from './commitment.models';

export type FieldErrors = Record<string, string>;

/** Message keys; the UI turns them into words (see the feature's strings). */
export const VALIDATION = {
  titleLength: 'titleLength',
  descriptionLength: 'descriptionLength',
  gcmRequired: 'gcmRequired',
  sdgFormat: 'sdgFormat',
  tooLong: 'tooLong',
  dueDateFuture: 'dueDateFuture',
  dueDateRequired: 'dueDateRequired',
  percentRange: 'percentRange',
  narrativeLength: 'narrativeLength',
  urlFormat: 'urlFormat',
  evidenceLevel: 'evidenceLevel',
} as const;

const SDG = /^\d{1,2}\.[0-9a-z]{1,2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Client-side mirror of LogCommitmentRequest; `today` is YYYY-MM-DD in the person's time zone. */
export function validateNewCommitment(c: NewCommitment, today: string): FieldErrors {
  const e: FieldErrors = {};
  const title = c.title.trim();
  if (title.length < 5 || title.length > 200) e['title'] = VALIDATION.titleLength;
  if (c.description.length > 4000) e['description'] = VALIDATION.descriptionLength;
  if (c.gcmObjectives.length < 1) e['gcmObjectives'] = VALIDATION.gcmRequired;
  if (c.sdgTargets.some((s) => !SDG.test(s)) || c.sdgTargets.length > 30) e['sdgTargets'] = VALIDATION.sdgFormat;
  if (c.indicator.length > 500) e['indicator'] = VALIDATION.tooLong;
  if (c.baseline.length > 200) e['baseline'] = VALIDATION.tooLong;
  if (c.targetValue.length > 200) e['targetValue'] = VALIDATION.tooLong;
  if (!c.dueDate) e['dueDate'] = VALIDATION.dueDateRequired;
  else if (!DATE.test(c.dueDate) || c.dueDate <= today) e['dueDate'] = VALIDATION.dueDateFuture;
  return e;
}

/** Client-side mirror of ReportProgressRequest. */
export function validateProgress(p: ProgressReport): FieldErrors {
  const e: FieldErrors = {};
  if (!Number.isInteger(p.percent) || p.percent < 0 || p.percent > 100) e['percent'] = VALIDATION.percentRange;
  if (p.narrative.length > 4000) e['narrative'] = VALIDATION.narrativeLength;
  if (p.evidenceUrl && !isHttpUrl(p.evidenceUrl)) e['evidenceUrl'] = VALIDATION.urlFormat;
  if (!(EVIDENCE_LEVELS as readonly string[]).includes(p.evidenceLevel)) e['evidenceLevel'] = VALIDATION.evidenceLevel;
  return e;
}

function isHttpUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Today as YYYY-MM-DD in local time. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
