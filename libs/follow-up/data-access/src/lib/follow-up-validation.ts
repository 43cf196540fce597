import { FollowUpReport, FollowUpResponse, NewMeeting, NewRecommendation } from './follow-up.models';

export type FieldErrors = Record<string, string>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Mirrors the server's DTO rules; values are message keys the feature's strings turn into words. */
export function validateIssue(meeting: NewMeeting, rec: Omit<NewRecommendation, 'meetingId'>, today: string): FieldErrors {
  const e: FieldErrors = {};
  if (meeting.process.trim().length < 2 || meeting.process.length > 100) e['process'] = 'processLength';
  if (meeting.title.trim().length < 3 || meeting.title.length > 200) e['meetingTitle'] = 'meetingTitleLength';
  if (!DATE.test(meeting.date)) e['date'] = 'dateRequired';
  if (rec.title.trim().length < 5 || rec.title.length > 200) e['title'] = 'titleLength';
  if (rec.text.length > 8000) e['text'] = 'tooLong';
  if (rec.addresseeIds.length === 0) e['addresseeIds'] = 'addresseesRequired';
  if (!DATE.test(rec.dueDate)) e['dueDate'] = 'dateRequired';
  else if (rec.dueDate <= today) e['dueDate'] = 'dueDateFuture';
  return e;
}

export function validateResponse(response: FollowUpResponse | '', reason: string): FieldErrors {
  const e: FieldErrors = {};
  if (!response) e['response'] = 'responseRequired';
  if (!reason.trim()) e['reason'] = 'reasonRequired';
  else if (reason.length > 4000) e['reason'] = 'tooLong';
  return e;
}

export function validateReport(report: FollowUpReport): FieldErrors {
  const e: FieldErrors = {};
  if (!report.narrative.trim()) e['narrative'] = 'narrativeRequired';
  else if (report.narrative.length > 8000) e['narrative'] = 'tooLong';
  return e;
}
