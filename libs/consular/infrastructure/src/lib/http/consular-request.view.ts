import { ConsularRequest } from '@accord/consular/domain';

/** What the two parties see of a request without opening the case list. */
export function consularRequestView(request: ConsularRequest) {
  const s = request.snapshot;
  return {
    id: request.id, version: request.version, requesterOrganisationId: s.requester, country: s.country, alertId: s.alertId, nationalsCount: s.nationalsCount,
    services: s.services, status: s.status, assignee: s.assignee, answerDueAt: s.answerDueAt, tried: s.tried, cases: s.cases, declineNotes: s.declineNotes,
    closedAt: s.closedAt, purgedAt: s.purgedAt,
  };
}
