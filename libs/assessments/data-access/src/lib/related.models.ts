// GET /api/commitments/:id/related answers with the follow-up tracker's own type (type-only: nothing of the
// server is bundled); the assessment writes follow.
export type { CommitmentRelated, RelatedItem } from '@accord/follow-up/contracts/views';

export const ASSESSMENT_RATINGS = ['on_track', 'some_progress', 'off_track', 'no_evidence'] as const;
export type AssessmentRating = (typeof ASSESSMENT_RATINGS)[number];
export const CONTESTABLE_STATUSES = ['pledged', 'in_progress', 'fulfilled', 'partially_fulfilled', 'stalled', 'withdrawn'] as const;

/** Live update types whose view is one RelatedItem of the commitment named by `aggregateId`. */
export const RELATED_UPDATE_TYPES = ['AssessmentPublished', 'AssessmentReplied', 'LocalActionReported', 'LocalActionUpdated', 'FollowUpReported'] as const;

export interface AssessmentEntry {
  assessmentId: string;
  assessorName: string;
  assessorKind: string;
  rating: string;
  narrative: string;
  evidenceUrls: string[];
  contestedStatus: string | null;
  at: string;
  replies: { text: string; at: string }[];
}

export interface LinkedLocalAction {
  localActionId: string;
  title: string;
  status: string;
  beneficiaries: number;
  place: string;
  date: string;
  at: string;
}

export interface AnsweredRecommendation {
  recommendationId: string;
  title: string;
  process: string;
  addresseeId: string;
  narrative: string;
  onTime: boolean | null;
  at: string;
}

export interface RelatedSections {
  disputed: boolean;
  assessments: AssessmentEntry[];
  localActions: LinkedLocalAction[];
  answered: AnsweredRecommendation[];
}

export interface NewAssessment {
  commitmentId: string;
  rating: AssessmentRating;
  narrative: string;
  evidenceUrls: string[];
  contestedStatus?: string;
}
