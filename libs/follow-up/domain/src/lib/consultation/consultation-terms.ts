/** What a secretariat sets when it convenes an emergency consultation on a crisis alert. */
export interface ConsultationPlan {
  alertId: string;
  title: string;
  /** The process whose mechanism is used, e.g. 'Bali Process'. */
  process: string;
  /** ISO instant. */
  scheduledAt: string;
  invitedStateIds: string[];
  /** Agencies taking part (IOM, UNHCR…): they may be addressees of decisions. */
  agencyIds: string[];
}

export interface AttendanceMark {
  organisationId: string;
  present: boolean;
}

export interface ConsultationDecision {
  decisionId: string;
  recommendationId: string;
  title: string;
  text: string;
  addresseeIds: string[];
  /** Calendar date, YYYY-MM-DD. */
  dueDate: string;
  recordedAt: string;
}

export type ConsultationStatus = 'convened' | 'closed';

export interface ConsultationState extends ConsultationPlan {
  secretariatId: string;
  status: ConsultationStatus;
  attendance: Record<string, boolean>;
  decisions: ConsultationDecision[];
  convenedAt: string;
  closedAt: string | null;
}
