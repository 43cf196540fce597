import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TrackerQueries } from '../persistence/tracker.queries';
import { AddresseeFollowUp, FollowUpReportView, RecommendationDetail, TrackerRow } from '@accord/follow-up/contracts/views';

interface ReportRecord {
  event_id: string;
  addressee_id: string;
  narrative: string;
  commitment_ids: string[];
  local_action_ids: string[];
  on_time: boolean;
  reported_at: Date;
}

const toReport = (r: ReportRecord): FollowUpReportView => ({
  eventId: r.event_id,
  narrative: r.narrative,
  commitmentIds: r.commitment_ids,
  localActionIds: r.local_action_ids,
  onTime: r.on_time,
  reportedAt: new Date(r.reported_at).toISOString(),
});

@Injectable()
export class RecommendationDetailQueries {
  constructor(private readonly db: DataSource, private readonly tracker: TrackerQueries) {}

  async find(id: string): Promise<RecommendationDetail | null> {
    const rows = await this.tracker.rowsOf(id);
    if (!rows.length) return null;
    const reports: ReportRecord[] = await this.db.query(
      `SELECT event_id, addressee_id, narrative, commitment_ids, local_action_ids, on_time, reported_at
       FROM tracker.follow_up_report WHERE recommendation_id = $1 ORDER BY aggregate_version`,
      [id],
    );
    const { recommendationId, title, process, secretariatId, meetingTitle, dueDate } = rows[0];
    const addressees = rows.map((row) => ({ ...addresseePart(row), reports: reports.filter((r) => r.addressee_id === row.addresseeId).map(toReport) }));
    return { id: recommendationId, title, process, secretariatId, meetingTitle, dueDate, addressees };
  }
}

function addresseePart(row: TrackerRow): Omit<AddresseeFollowUp, 'reports'> {
  const { addresseeId, response, responseReason, respondedAt, lastReportAt, reportCount, reportedOnTime, overdueDays, reminders } = row;
  return { addresseeId, response, responseReason, respondedAt, lastReportAt, reportCount, reportedOnTime, overdueDays, reminders };
}
