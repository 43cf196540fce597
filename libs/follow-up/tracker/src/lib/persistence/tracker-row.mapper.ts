import { TrackerRow } from '@accord/follow-up/contracts/views';

export interface TrackerRowRecord {
  recommendation_id: string;
  title: string;
  process: string;
  secretariat_id: string;
  meeting_title: string;
  due_date: string;
  addressee_id: string;
  response: TrackerRow['response'];
  response_reason: string | null;
  responded_at: Date | null;
  last_report_at: Date | null;
  report_count: number;
  first_report_on_time: boolean | null;
  overdue_days: number;
  reminder_count: number;
}

// due_date as text: node-postgres would turn a DATE into a local-time Date and shift it across zones.
export const TRACKER_ROW_COLUMNS = `r.id AS recommendation_id, r.title, r.process, r.secretariat_id, r.meeting_title, r.due_date::text AS due_date,
  a.addressee_id, a.response, a.response_reason, a.responded_at, a.last_report_at, a.report_count, a.first_report_on_time, a.reminder_count,
  CASE WHEN a.first_report_at IS NULL AND r.due_date < $1::date THEN ($1::date - r.due_date) ELSE 0 END AS overdue_days`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toTrackerRow(r: TrackerRowRecord): TrackerRow {
  return {
    recommendationId: r.recommendation_id,
    title: r.title,
    process: r.process,
    secretariatId: r.secretariat_id,
    meetingTitle: r.meeting_title,
    dueDate: r.due_date,
    addresseeId: r.addressee_id,
    response: r.response,
    responseReason: r.response_reason,
    respondedAt: iso(r.responded_at),
    lastReportAt: iso(r.last_report_at),
    reportCount: r.report_count,
    reportedOnTime: r.first_report_on_time,
    overdueDays: Number(r.overdue_days),
    reminders: r.reminder_count,
  };
}
