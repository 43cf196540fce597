// `GET /api/recommendations/:id` answers with the server's own type (type-only: nothing of it is bundled).
export type { AddresseeFollowUp, FollowUpReportView, RecommendationDetail } from '@accord/follow-up/contracts/views';
