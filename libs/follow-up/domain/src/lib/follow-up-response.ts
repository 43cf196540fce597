export const FOLLOW_UP_RESPONSES = ['supports', 'notes', 'rejects'] as const;
export type FollowUpResponse = (typeof FOLLOW_UP_RESPONSES)[number];
