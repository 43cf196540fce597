import { PermissionRule, PERMISSIONS } from '@accord/shared/auth';
import { databaseKinds } from '@accord/shared/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the route inventory is read from the platform's own module graph
import { platformRoutes } from '../../../../tools/security-inventory/src/platform-routes';
import { ApiClient, ApiResponse } from '../support/api-client';
import { LiveClient } from '../support/live-client';
import { PlatformProcess, startPlatform } from '../support/platform-process';
import { ALERT_TERMS, createFixtures, IdorFixtures, NATIONAL_NAME, pathFor } from './support/idor-fixtures';
import { Persona, PersonaName, refusedPersona, signInAll } from './support/personas';
import { snapshot } from './support/state-snapshot';
import { StoredCounts } from './support/stored-counts';

const RANDOM_ID = '6f1c2b7e-4d0a-4c1e-9b5a-2f8e7d6c5b4a';
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];
const rolesOf = (permission: string | null): readonly string[] => (PERMISSIONS as Record<string, PermissionRule>)[permission ?? '']?.roles ?? [];

interface ForeignCase {
  route: string;
  who: PersonaName;
  body?: unknown;
  /** 404 hides that the resource exists; 422 when the rule is a business rule of the aggregate. */
  allowed?: number[];
}

/** Acting on a resource of another organisation, with a role and organisation kind that pass the guard. */
const FOREIGN: ForeignCase[] = [
  { route: 'POST /api/commitments/:id/progress', who: 'focal.my', body: { percent: 50, narrative: 'not ours', evidenceLevel: 'case_study' } },
  { route: 'POST /api/commitments/:id/status', who: 'focal.my', body: { status: 'withdrawn', reason: 'not ours' } },
  { route: 'POST /api/commitments/:id/co-owners', who: 'focal.my', body: { organisationId: 'state-my' } },
  { route: 'PATCH /api/local-actions/:id', who: 'focal.vancouver', body: { title: 'Not ours to change' } },
  { route: 'POST /api/follow-up/recommendations/:id/responses', who: 'focal.my', body: { response: 'rejects', reason: 'not addressed to us' } },
  { route: 'POST /api/follow-up/recommendations/:id/reports', who: 'focal.my', body: { narrative: 'not addressed to us', commitmentIds: [], localActionIds: [] } },
  { route: 'POST /api/follow-up/recommendations', who: 'secretariat.gfmd', body: 'meeting-of-bali' },
  { route: 'POST /api/assessments/:id/replies', who: 'focal.my', body: { text: 'not our commitment' } },
  { route: 'PUT /api/crisis-alerts/:id', who: 'crisis.ilo', body: ALERT_TERMS },
  { route: 'POST /api/crisis-alerts/:id/close', who: 'crisis.ilo', body: { note: 'not ours' } },
  { route: 'POST /api/crisis-alerts/:id/cancel', who: 'crisis.ilo', body: {} },
  { route: 'POST /api/consular-requests/:id/accept', who: 'consular.ph' },
  { route: 'POST /api/consular-requests/:id/decline', who: 'consular.ph', body: { reason: 'no_capacity' } },
  { route: 'POST /api/consular-requests/:id/close', who: 'consular.ph', body: { reason: 'withdrawn' } },
  { route: 'POST /api/consular-requests/:id/cases/:caseId/status', who: 'consular.ph', body: { status: 'located' } },
  { route: 'POST /api/consular-agreements', who: 'consular.bd', body: { parties: ['state-my', 'state-ph'], countries: ['LY'], services: ['welfare_check'], validFrom: '2026-01-01' }, allowed: [403, 422] },
  { route: 'POST /api/consultations/:id/attendance', who: 'secretariat.gfmd', body: { attendance: [{ organisationId: 'state-bd', present: true }] } },
  { route: 'POST /api/consultations/:id/decisions', who: 'secretariat.gfmd', body: { title: 'Not our consultation', text: 'x', addresseeIds: ['state-bd'], dueDate: '2027-06-30' } },
  { route: 'POST /api/consultations/:id/close', who: 'secretariat.gfmd', body: {} },
  { route: 'GET /api/consultations/:id', who: 'consular.ph' },
  { route: 'POST /api/evacuations/:operationId/capacity/matches/:matchId/confirm', who: 'consular.ph', body: {} },
  { route: 'POST /api/evacuations/:operationId/capacity/matches/:matchId/decline', who: 'consular.ph', body: {} },
  // Reads of personal data by a third State and by an agency that is not the assignee.
  { route: 'GET /api/consular-requests/:id', who: 'consular.ph' },
  { route: 'GET /api/consular-requests/:id/cases', who: 'consular.ph' },
  { route: 'GET /api/consular-requests/:id/cases/:caseId', who: 'crisis.iom' },
];

/** Writes with no resource of another organisation to reach: why, so a new write must choose a side. */
const NO_FOREIGN_RESOURCE: Record<string, string> = {
  'POST /api/auth/sign-out': 'ends the caller’s own sessions',
  'POST /api/commitments': 'creates a commitment owned by the caller’s organisation (owner never from the body)',
  'POST /api/local-actions': 'creates a local action of the caller’s city',
  'POST /api/follow-up/meetings': 'records a meeting of the caller’s secretariat',
  'POST /api/assessments': 'publishes as the caller’s CSO (a CSO cannot assess its own commitment)',
  'POST /api/crisis-alerts': 'raises an alert of the caller’s agency',
  'POST /api/crisis-alerts/import/cap': 'raises an alert of the caller’s agency',
  'POST /api/crisis-alerts/:id/presence': 'any State reports its own nationals on an open alert',
  'POST /api/crisis-alerts/:id/field-reports': 'any civil society monitor files its own field report on an open alert',
  'POST /api/evacuation-operations': 'opens an operation of the caller’s agency',
  'POST /api/evacuation-operations/:id/movements': 'any State or agency reports movements on an open operation',
  'POST /api/consular-requests': 'raises a request of the caller’s State',
  'POST /api/consular-missions': 'registers the caller’s own mission',
  'POST /api/crisis-alerts/:alertId/consultations': 'convenes a consultation of the caller’s secretariat',
  'POST /api/evacuations/:operationId/capacity/offers': 'offers the caller’s own transport capacity on an open operation',
  'POST /api/evacuations/:operationId/capacity/requests': 'requests capacity for the caller’s own nationals (counts only)',
  'POST /api/evacuations/:operationId/capacity/matches': 'agencies coordinating the operation match any offer to any request (role check above)',
  'POST /api/me/follows': 'the caller’s own follows (person from the token); another person’s are out of reach by construction',
  'POST /api/me/follows/stop': 'the caller’s own follows (person from the token)',
  'POST /api/me/follow-notifications/read': 'the caller’s own notifications (person from the token)',
  'POST /api/me/follow-notifications/:id/read': 'the caller’s own notifications; another person’s id is 404 (subscriptions int-spec)',
  'POST /api/webhooks': 'registers a webhook of the caller’s organisation',
  'POST /api/webhooks/:id/status': 'the caller’s organisation’s webhooks only; another’s is 404 (subscriptions int-spec)',
  'POST /api/webhooks/:id/secret': 'the caller’s organisation’s webhooks only; another’s is 404 (subscriptions int-spec)',
  'POST /api/webhooks/:id/deliveries/:deliveryId/resend': 'the caller’s organisation’s webhooks only; another’s is 404 (subscriptions int-spec)',
  'POST /api/admin/organisations': 'platform-wide: administrators only (role check above)',
  'POST /api/admin/people': 'platform-wide: administrators only (role check above)',
  'POST /api/admin/people/:id/disable': 'platform-wide: administrators only (role check above)',
  'POST /api/admin/people/:id/roles': 'platform-wide: administrators only (role check above)',
};

describe.each(databaseKinds())('IDOR matrix over every context (%s database)', (kind) => {
  const routes = platformRoutes();
  const protectedRoutes = routes.filter((r) => r.permission && r.method !== 'WS');
  let platform: PlatformProcess;
  let anonymous: ApiClient;
  let people: Record<PersonaName, Persona>;
  let f: IdorFixtures;
  let stored: StoredCounts | null;

  beforeAll(async () => {
    platform = await startPlatform(kind, { ACCORD_RATE_WRITES_IP: '1000000', ACCORD_RATE_WRITES_TOKEN: '1000000', ACCORD_RATE_SIGNIN_IP: '1000000' });
    anonymous = new ApiClient(platform.url);
    people = await signInAll(anonymous);
    f = await createFixtures(people, anonymous);
    stored = await StoredCounts.of(platform);
    // Projections (tracker, crisis room, board) settle before the "before" picture.
    await new Promise((r) => setTimeout(r, 1500));
  }, 180_000);
  afterAll(() => platform?.stop());

  const path = (template: string) => pathFor(template, f, RANDOM_ID);
  /** Everything an attack could have changed, as the owners and the administrator see it. */
  const observe = async (): Promise<Record<string, string>> => {
    const reads: [string, ApiClient, string][] = [
      ['commitment', anonymous, `/api/commitments/${f.commitmentId}`],
      ['related', anonymous, `/api/commitments/${f.commitmentId}/related`],
      ['local action', anonymous, `/api/local-actions/${f.localActionId}`],
      ['recommendation', anonymous, `/api/recommendations/${f.recommendationId}`],
      ['crisis room', people['crisis.iom'].client, `/api/crisis-room/alerts/${f.alertId}`],
      ['consular request', people['consular.ca'].client, `/api/consular-requests/${f.consularRequestId}`],
    ];
    const out: Record<string, string> = await snapshot(people.admin.client);
    // On the real server, the stored rows themselves (outbox included), not only what the API shows.
    for (const [table, n] of Object.entries((await stored?.take()) ?? {})) out[`rows ${table}`] = String(n);
    for (const [label, client, url] of reads) {
      const res = await client.get(url);
      out[label] = `${res.status} ${JSON.stringify(res.body)}`;
    }
    return out;
  };

  it('covers every protected route; every write either has a foreign-resource case or a reason why none exists', () => {
    const keyOf = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
    const writes = protectedRoutes.filter((r) => WRITES.includes(r.method)).map(keyOf);
    const described = new Set([...FOREIGN.map((c) => c.route), ...Object.keys(NO_FOREIGN_RESOURCE)]);
    expect(writes.filter((w) => !described.has(w))).toEqual([]);
    const known = new Set(routes.map(keyOf));
    expect([...described].filter((d) => !known.has(d))).toEqual([]);
  });

  it('no token → 401 and a role or organisation kind without the right → 403, on every protected route; nothing changes', async () => {
    const before = await observe();
    const failures: string[] = [];
    let checks = 0;
    for (const r of protectedRoutes) {
      const url = path(r.path);
      const body = r.method === 'GET' ? undefined : {};
      const expectStatus = (label: string, res: ApiResponse, allowed: number[]) => {
        checks += 1;
        if (!allowed.includes(res.status)) failures.push(`${r.method} ${r.path} ${label}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
      };
      expectStatus('without a token', await anonymous.send(r.method, url, body), [401]);
      const refused = refusedPersona(people, r.permission ?? '');
      if (refused) expectStatus(`as ${refused.name}`, await refused.client.send(r.method, url, body), [403]);
      // Rules open to any signed-in person are scoped to the caller's organisation (tested below), viewers included;
      // so are reads that name the viewer role (an invited State's viewer reads its consultation).
      const roles = rolesOf(r.permission);
      if (roles.length > 0 && !roles.includes('viewer')) expectStatus('as a viewer', await people['viewer.bd'].client.send(r.method, url, body), [403]);
    }
    await new Promise((r) => setTimeout(r, 1000));
    expect(await observe()).toEqual(before);
    console.log(`[idor ${kind}] ${checks} role/token checks over ${protectedRoutes.length} protected routes, ${failures.length} failures; ${stored ? `outbox rows unchanged at ${before['rows messaging.outbox_message']}` : 'stored rows compared through the API only'}`);
    expect(failures).toEqual([]);
  });

  it('another organisation with the right role gets 403/404 on every resource it does not own; nothing changes', async () => {
    const before = await observe();
    const failures: string[] = [];
    for (const c of FOREIGN) {
      const [method, template] = c.route.split(' ');
      const body = c.body === 'meeting-of-bali' ? { meetingId: f.meetingId, title: 'Not our meeting', text: 'x', addresseeIds: ['state-bd'], dueDate: '2027-06-30' } : (c.body ?? (method === 'GET' ? undefined : {}));
      const url = method === 'GET' && template.includes('cases') ? `${path(template)}?purpose=consular_assistance` : path(template);
      const res = await people[c.who].client.send(method, url, body);
      if (!(c.allowed ?? [403, 404]).includes(res.status)) failures.push(`${c.route} as ${c.who}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      if (JSON.stringify(res.body).includes(NATIONAL_NAME)) failures.push(`${c.route} as ${c.who}: personal data in the answer`);
    }
    await new Promise((r) => setTimeout(r, 1000));
    expect(await observe()).toEqual(before);
    console.log(`[idor ${kind}] ${FOREIGN.length} cross-organisation cases, ${failures.length} failures`);
    expect(failures).toEqual([]);
  });

  it('organisation-scoped reads (tracker, notifications, crisis tasks) never show another organisation’s rows', async () => {
    const contains = async (who: PersonaName, url: string) => JSON.stringify((await people[who].client.get(url)).body).includes(f.recommendationId);
    // The addressee sees the recommendation in its tracker (positive control), another State never does.
    await expectEventually(() => contains('focal.bd', '/api/follow-up/tracker?pageSize=100'));
    expect(await contains('focal.my', '/api/follow-up/tracker?pageSize=100')).toBe(false);
    expect(await contains('secretariat.gfmd', '/api/follow-up/tracker?pageSize=100')).toBe(false);
    expect(await contains('focal.my', '/api/notifications?pageSize=100')).toBe(false);
    for (const who of ['focal.my', 'consular.ph', 'focal.naga'] as PersonaName[]) {
      const tasks = (await people[who].client.get<{ items: { organisationId?: string }[] }>('/api/crisis-room/tasks?pageSize=100')).body;
      expect(tasks.items.every((t) => t.organisationId === undefined || t.organisationId === people[who].actor.organisationId)).toBe(true);
    }
  });

  it('sockets: another organisation’s room is refused; a consular case update reaches the parties, never a third State', async () => {
    const [ca, au, ph] = await Promise.all((['consular.ca', 'consular.au', 'consular.ph'] as PersonaName[]).map((n) => LiveClient.connect(platform.url, '/live', people[n].client.accessToken)));
    try {
      const join = (s: LiveClient, room: string) => s.socket.timeout(3000).emitWithAck('join', { room }) as Promise<{ joined: boolean }>;
      for (const room of ['org:state-ca', 'org:state-au']) expect((await join(ph, room)).joined).toBe(false);
      expect((await join(ph, 'org:state-ph')).joined).toBe(true);
      const request = (await people['consular.ca'].client.get<{ assignee?: { organisationId: string } }>(`/api/consular-requests/${f.consularRequestId}`)).body;
      expect(request.assignee?.organisationId).toBe('state-au');
      expect((await people['consular.au'].client.post(`/api/consular-requests/${f.consularRequestId}/accept`, {})).status).toBe(200);
      expect((await people['consular.au'].client.post(`/api/consular-requests/${f.consularRequestId}/cases/${f.caseId}/status`, { status: 'located' })).status).toBe(200);
      const mentions = (s: LiveClient) => s.updates.filter((u) => JSON.stringify(u).includes(f.consularRequestId));
      await expectEventually(() => mentions(ca).length > 0 && mentions(au).length > 0, 10_000);
      await new Promise((r) => setTimeout(r, 1000));
      expect(mentions(ph)).toEqual([]);
      for (const s of [ca, au, ph]) expect(JSON.stringify(s.updates)).not.toContain(NATIONAL_NAME);
      console.log(`[idor ${kind}] sockets: requester ${mentions(ca).length}, assignee ${mentions(au).length}, third State ${mentions(ph).length} updates about the request`);
    } finally {
      for (const s of [ca, au, ph]) s.close();
    }
  });
});

async function expectEventually(probe: () => Promise<boolean> | boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
