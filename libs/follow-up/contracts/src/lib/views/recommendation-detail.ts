import { TrackerRow } from './tracker-views';

export interface FollowUpReportView {
  eventId: string;
  narrative: string;
  commitmentIds: string[];
  localActionIds: string[];
  onTime: boolean;
  reportedAt: string;
}

/** One addressee's follow-up: its tracker row (response, overdue days, reminders) and every report it filed. */
export interface AddresseeFollowUp extends Omit<TrackerRow, 'recommendationId' | 'title' | 'process' | 'secretariatId' | 'meetingTitle' | 'dueDate'> {
  reports: FollowUpReportView[];
}

export interface RecommendationDetail {
  id: string;
  title: string;
  process: string;
  secretariatId: string;
  meetingTitle: string;
  dueDate: string;
  addressees: AddresseeFollowUp[];
}
