export const MEETING_STREAM = 'accord.follow-up.meeting';
export const RECOMMENDATION_STREAM = 'accord.follow-up.recommendation';
