/**
 * Four points and no neutral middle, so an assessor has to take a position; `no_evidence` is separate
 * from `off_track` because the report's complaint is missing follow-up information, and silence must not
 * read as failure (nor as success).
 */
export const ASSESSMENT_RATINGS = ['on_track', 'some_progress', 'off_track', 'no_evidence'] as const;
export type AssessmentRating = (typeof ASSESSMENT_RATINGS)[number];

/** The commitment statuses an assessment may claim instead of the owner's (the commitments lifecycle). */
export const CONTESTABLE_STATUSES = ['pledged', 'in_progress', 'fulfilled', 'partially_fulfilled', 'stalled', 'withdrawn'] as const;
export type ContestableStatus = (typeof CONTESTABLE_STATUSES)[number];
