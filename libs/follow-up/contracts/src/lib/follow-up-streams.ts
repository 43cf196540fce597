export const MEETING_STREAM = 'accord.follow-up.meeting';
export const RECOMMENDATION_STREAM = 'accord.follow-up.recommendation';
export const CONSULTATION_STREAM = 'accord.follow-up.consultation';
