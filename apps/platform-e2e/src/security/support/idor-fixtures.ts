import { ApiClient, ApiResponse } from '../../support/api-client';
import { Persona, PersonaName } from './personas';

/** One real resource per context, owned by someone the attackers are not. */
export interface IdorFixtures {
  commitmentId: string;
  localActionId: string;
  meetingId: string;
  recommendationId: string;
  assessmentId: string;
  alertId: string;
  operationId: string;
  consularRequestId: string;
  caseId: string;
  viewerBdId: string;
  consultationId: string;
  matchId: string;
}

export const ALERT_TERMS = {
  country: 'LY', kind: 'conflict', severity: 'Severe', urgency: 'Immediate', certainty: 'Likely',
  areas: [{ name: 'Benghazi', polygons: ['32.1,20.0 32.2,20.1 32.1,20.1 32.1,20.0'], circles: [] }],
  infos: [{ language: 'en', headline: 'IDOR fixture alert', description: 'fixture', areaNames: ['Benghazi'] }],
  sources: ['IOM'],
};

export const NATIONAL_NAME = 'Idor Fixture National';

function created<T>(label: string, res: ApiResponse<T>): T {
  if (res.status >= 300) throw new Error(`fixture ${label}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
}

async function untilKnown<T>(send: () => Promise<ApiResponse<T>>, timeoutMs = 15_000): Promise<ApiResponse<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await send();
    if (res.status !== 404 || Date.now() > deadline) return res;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function createFixtures(p: Record<PersonaName, Persona>, anonymous: ApiClient): Promise<IdorFixtures> {
  const c = (n: PersonaName) => p[n].client;
  const commitmentId = created('commitment', await c('focal.bd').post<{ id: string }>('/api/commitments', {
    title: 'IDOR fixture commitment of Bangladesh', description: 'fixture', gcmObjectives: [6], sdgTargets: ['10.7'], indicator: 'x', baseline: 'x', targetValue: 'x', dueDate: '2030-12-31',
  })).id;
  const localActionId = created('local action', await c('focal.naga').post<{ id: string }>('/api/local-actions', {
    title: 'IDOR fixture local action', description: 'fixture', date: '2026-01-15', location: { placeName: 'Naga City', country: 'PH' }, status: 'planned', beneficiaries: 10, commitmentIds: [], recommendationIds: [],
  })).id;
  const meetingId = created('meeting', await c('secretariat.bali').post<{ id: string }>('/api/follow-up/meetings', { title: 'IDOR fixture meeting', date: '2026-11-20', process: 'Bali Process' })).id;
  const recommendationId = created('recommendation', await c('secretariat.bali').post<{ id: string }>('/api/follow-up/recommendations', {
    meetingId, title: 'IDOR fixture recommendation', text: 'fixture', addresseeIds: ['state-bd'], dueDate: '2027-06-30',
  })).id;
  // The civil-society side learns the commitment from its stream: 404 until that event has arrived.
  const assessmentId = created('assessment', await untilKnown(() => c('focal.mfa').post<{ id: string }>('/api/assessments', { commitmentId, rating: 'some_progress', narrative: 'fixture', evidenceUrls: [] }))).id;
  const alertId = created('alert', await c('crisis.iom').post<{ id: string }>('/api/crisis-alerts', ALERT_TERMS)).id;
  const operationId = created('operation', await c('crisis.iom').post<{ id: string }>('/api/evacuation-operations', { alertId, country: 'LY', name: 'IDOR fixture operation', targets: [{ nationality: 'BD', count: 10 }] })).id;
  const consularRequestId = created('consular request', await c('consular.ca').post<{ id: string }>('/api/consular-requests', {
    country: 'LY', alertId, nationalsCount: 1, services: ['welfare_check'],
    cases: [{ name: NATIONAL_NAME, documentNumber: 'X0000001', contact: 'none', location: 'Tripoli', vulnerabilities: [], consentGiven: false, legalBasis: 'vital_interest', purposes: ['consular_assistance'] }],
  })).id;
  const cases = created('cases', await c('consular.ca').get<{ id?: string; caseId?: string }[]>(`/api/consular-requests/${consularRequestId}/cases?purpose=consular_assistance`));
  const caseId = cases[0]?.id ?? cases[0]?.caseId ?? '';
  if (!caseId) throw new Error(`fixture case: no case id in ${JSON.stringify(cases).slice(0, 200)}`);
  const viewerBdId = created('me', await c('viewer.bd').get<{ id: string }>('/api/auth/me')).id;
  // The secretariat side learns the alert from its stream: 404 until that event has arrived.
  const consultationId = created('consultation', await untilKnown(() => c('secretariat.bali').post<{ id: string }>(`/api/crisis-alerts/${alertId}/consultations`, {
    title: 'IDOR fixture consultation', process: 'Bali Process', scheduledAt: '2027-01-15T09:00:00Z', invitedStateIds: ['state-bd'],
  }))).id;
  created('capacity offer', await c('crisis.iom').post(`/api/evacuations/${operationId}/capacity/offers`, { from: 'Misrata', to: 'Dhaka', departureDate: '2027-01-20', seats: 40 }));
  const requested = created('capacity request', await c('crisis.bd').post<{ matchIds: string[] }>(`/api/evacuations/${operationId}/capacity/requests`, {
    from: 'Misrata', to: 'Dhaka', earliestDate: '2027-01-18', latestDate: '2027-01-25', passengers: [{ nationality: 'BD', count: 12 }],
  }));
  const matchId = requested.matchIds[0] ?? '';
  if (!matchId) throw new Error('fixture capacity match: the matcher proposed none');
  void anonymous;
  return { commitmentId, localActionId, meetingId, recommendationId, assessmentId, alertId, operationId, consularRequestId, caseId, viewerBdId, consultationId, matchId };
}

/** Fills a route template (`/api/x/:id/y/:caseId`) with the fixture that route acts on. */
export function pathFor(template: string, f: IdorFixtures, fallback: string): string {
  const byPrefix: [string, string][] = [
    ['/api/commitments/', f.commitmentId], ['/api/local-actions/', f.localActionId], ['/api/follow-up/recommendations/', f.recommendationId],
    ['/api/recommendations/', f.recommendationId], ['/api/assessments/', f.assessmentId], ['/api/crisis-alerts/', f.alertId], ['/api/crisis-room/alerts/', f.alertId],
    ['/api/evacuation-operations/', f.operationId], ['/api/consular-requests/', f.consularRequestId], ['/api/admin/people/', f.viewerBdId],
    ['/api/consultations/', f.consultationId],
  ];
  const id = byPrefix.find(([prefix]) => template.startsWith(prefix))?.[1] ?? fallback;
  return template
    .replace(/:caseId\b/, f.caseId)
    .replace(/:alertId\b/, f.alertId)
    .replace(/:operationId\b/, f.operationId)
    .replace(/:matchId\b/, f.matchId)
    .replace(/:id\b/, id)
    .replace(/:[A-Za-z]+\b/g, fallback);
}
