import { FollowUpResponse } from './follow-up-response';

/** Where one addressee stands on one recommendation. */
export interface AddresseeFollowUp {
  response: FollowUpResponse | null;
  responseRevision: number;
  reportCount: number;
  firstReportAt: string | null;
  /** -1 until the first overdue reminder. */
  lastReminderPeriod: number;
}

export const NOT_YET_FOLLOWED_UP: AddresseeFollowUp = { response: null, responseRevision: 0, reportCount: 0, firstReportAt: null, lastReminderPeriod: -1 };
