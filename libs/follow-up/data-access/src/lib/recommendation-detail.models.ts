/** One implementation report, as `GET /api/recommendations/:id` lists it. */
export interface FollowUpReportView {
  eventId: string;
  narrative: string;
  commitmentIds: string[];
  localActionIds: string[];
  onTime: boolean;
  reportedAt: string;
}

export interface AddresseeFollowUp {
  addresseeId: string;
  response: string | null;
  responseReason: string | null;
  respondedAt: string | null;
  lastReportAt: string | null;
  reportCount: number;
  reportedOnTime: boolean | null;
  overdueDays: number;
  reminders: number;
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
