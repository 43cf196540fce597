import { randomUUID } from 'node:crypto';
import { CAPACITY_STREAM } from '@accord/evacuations/contracts';
import { CONSULTATION_STREAM } from '@accord/follow-up/contracts';
import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';
import { UnitOfWork } from '@accord/shared/messaging';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { crisisRoomMigrations } from '../../index';
import { CrisisStreams, HttpClient, startTestApp, TestApp } from '../../testing';
import { CrisisRoomModule } from '../crisis-room.module';
import { RegionalPage, RoomCapacityRoute, RoomConsultationView } from '@accord/crisis/contracts/views';

const org = (id: string, kind: string, country: string | null) => ({ id, name: id, kind, country });
const bali = org('sec-bali-process', 'secretariat', null);
const gfmd = org('sec-gfmd', 'secretariat', null);
const bangladesh = org('state-bd', 'state', 'BD');
const canada = org('state-ca', 'state', 'CA');
const iom = org('agency-iom', 'agency', null);
const mfa = org('cso-mfa', 'cso', 'PH');

describe.each(databaseKinds())('crisis room: regional consultations and transport capacity (%s)', (kind) => {
  let t: TestApp;
  const s = new CrisisStreams();
  const versions = new Map<string, number>();
  const at = '2026-12-07T02:00:00Z';
  const next = (type: string, stream: string, aggregateId: string, payload: object): EventEnvelope => {
    const version = (versions.get(aggregateId) ?? 0) + 1;
    versions.set(aggregateId, version);
    return newEnvelope({ type, version: 1, stream, aggregateId, aggregateVersion: version, payload, occurredAt: new Date(at) });
  };
  const publish = async (...envelopes: EventEnvelope[]) => {
    const uow = t.app.get(UnitOfWork);
    await uow.run(async () => uow.collect(envelopes));
  };
  const applied = (eventId: string) => eventually(async () => (await t.ds.query(`SELECT 1 FROM messaging.inbox_message WHERE event_id = $1`, [eventId])).length > 0);
  const as = (o: ReturnType<typeof org>) => new HttpClient(t.app, t.tokenFor(o, ['viewer']));
  const alert = s.raise('LY', '2026-12-06T08:00:00Z');
  const alertId = alert.aggregateId;
  const consultationId = randomUUID();
  const recommendationId = randomUUID();

  beforeAll(async () => {
    t = await startTestApp(kind, { serviceName: 'gateway-test', imports: [CrisisRoomModule], entities: [], migrations: crisisRoomMigrations });
    await publish(alert);
    await applied(alert.eventId);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('shows a consultation with attendance counts and decisions to the secretariat, invited States and agencies only, and pushes only to them', async () => {
    const convened = next('ConsultationConvened', CONSULTATION_STREAM, consultationId, {
      consultationId, secretariatId: 'sec-bali-process', alertId, title: 'Emergency consultation', process: 'Bali Process', scheduledAt: '2026-12-08T03:00:00.000Z',
      invitedStateIds: ['state-bd', 'state-my'], agencyIds: ['agency-iom'], convenedAt: at,
    });
    const attended = next('AttendanceRecorded', CONSULTATION_STREAM, consultationId, {
      consultationId, attendance: [{ organisationId: 'state-bd', present: true }, { organisationId: 'state-my', present: false }], recordedAt: at,
    });
    const last = next('ConsultationDecisionRecorded', CONSULTATION_STREAM, consultationId, {
      consultationId, alertId, decisionId: randomUUID(), recommendationId, title: 'Fund charter flights', addresseeIds: ['agency-iom'], dueDate: '2026-12-20', recordedAt: at,
    });
    await publish(convened, attended, last);
    await applied(last.eventId);
    const page = (await as(bangladesh).get<RegionalPage<RoomConsultationView>>(`/api/crisis-room/alerts/${alertId}/consultations`)).body;
    expect(page.total).toBe(1);
    expect(page.items[0]).toEqual(expect.objectContaining({
      id: consultationId, status: 'convened', attendance: { invited: 2, present: 1, absent: 1, unrecorded: 0 },
      decisions: [expect.objectContaining({ recommendationId, dueDate: '2026-12-20' })],
    }));
    expect((await as(bali).get<RegionalPage<RoomConsultationView>>(`/api/crisis-room/alerts/${alertId}/consultations`)).body.total).toBe(1);
    expect((await as(iom).get<RegionalPage<RoomConsultationView>>(`/api/crisis-room/alerts/${alertId}/consultations`)).body.total).toBe(1);
    expect((await as(canada).get<RegionalPage<RoomConsultationView>>(`/api/crisis-room/alerts/${alertId}/consultations`)).body.total).toBe(0);
    expect((await as(gfmd).get<RegionalPage<RoomConsultationView>>(`/api/crisis-room/alerts/${alertId}/consultations`)).body.total).toBe(0);
    const pushed = await eventually(() => {
      const sent = t.live.sent.filter((x) => x.update.type === 'ConsultationUpdated');
      return sent.length >= 3 ? sent : null;
    });
    const audiences = new Set(pushed.flatMap((x) => (x.audience.kind === 'organisations' ? x.audience.organisationIds : ['PUBLIC'])));
    expect([...audiences].sort()).toEqual(['agency-iom', 'sec-bali-process', 'state-bd', 'state-my']);
  });

  it('sums seats per route of the alert’s operations for States and agencies (counts only), refusing other kinds', async () => {
    const opened = s.evacuationOpened(alertId, 'LY', [{ nationality: 'BD', count: 1000 }], at);
    const operationId = (opened.payload as { operationId: string }).operationId;
    const offerId = randomUUID();
    const requestId = randomUUID();
    const matchId = randomUUID();
    const offered = next('CapacityOffered', CAPACITY_STREAM, offerId, { offerId, operationId, organisationId: 'agency-iom', from: 'Misrata', to: 'Benghazi', departureDate: '2026-12-10', mode: 'sea', seats: 300, offeredAt: at });
    const matched = next('CapacityMatched', CAPACITY_STREAM, offerId, {
      offerId, matchId, requestId, operationId, offerOrganisationId: 'agency-iom', requestOrganisationId: 'state-bd', seats: 250, proposedBy: 'matcher', proposerOrganisationId: null, matchedAt: at,
    });
    const requested = next('CapacityRequested', CAPACITY_STREAM, requestId, {
      requestId, operationId, organisationId: 'state-bd', from: 'misrata', to: 'Benghazi', earliestDate: '2026-12-09', latestDate: '2026-12-12', passengers: [{ nationality: 'BD', count: 400 }], passengerCount: 400, requestedAt: at,
    });
    const confirmed = next('CapacityMatchConfirmed', CAPACITY_STREAM, offerId, { offerId, matchId, requestId, organisationId: 'agency-iom', fullyConfirmed: true, confirmedAt: at });
    await publish(opened, offered, requested, matched, confirmed);
    const routes = await eventually(async () => {
      const page = (await as(bangladesh).get<RegionalPage<RoomCapacityRoute>>(`/api/crisis-room/alerts/${alertId}/capacity`)).body;
      // five events on three aggregates: each may land in its own batch, so wait for all of them
      const route = page.items[0];
      return route?.confirmedSeats === 250 && route.requestedSeats === 400 && route.offeredSeats === 300 ? page : null;
    });
    expect(routes).toEqual({
      items: [{ operationId, from: 'Misrata', to: 'Benghazi', offeredSeats: 300, requestedSeats: 400, matchedSeats: 250, confirmedSeats: 250, offers: 1, requests: 1 }],
      total: 1, page: 1, pageSize: 20,
    });
    expect((await as(mfa).get(`/api/crisis-room/alerts/${alertId}/capacity`)).status).toBe(403);
    const pushed = await eventually(() => {
      const sent = t.live.sent.filter((x) => x.update.type === 'CapacityUpdated');
      return sent.length ? sent : null;
    });
    expect(pushed.every((x) => x.audience.kind === 'organisations')).toBe(true);
    // A party that is not concerned by the alert (a ferry offered by a third State) still hears the other side's answer.
    const ferry = randomUUID();
    const ferryMatch = randomUUID();
    const before = t.live.sent.length;
    await publish(
      next('CapacityOffered', CAPACITY_STREAM, ferry, { offerId: ferry, operationId, organisationId: 'state-eg', from: 'Misrata', to: 'Benghazi', departureDate: '2026-12-11', mode: 'sea', seats: 100, offeredAt: at }),
      next('CapacityMatched', CAPACITY_STREAM, ferry, { offerId: ferry, matchId: ferryMatch, requestId, operationId, offerOrganisationId: 'state-eg', requestOrganisationId: 'state-bd', seats: 100, proposedBy: 'matcher', proposerOrganisationId: null, matchedAt: at }),
      next('CapacityMatchConfirmed', CAPACITY_STREAM, ferry, { offerId: ferry, matchId: ferryMatch, requestId, organisationId: 'state-bd', fullyConfirmed: false, confirmedAt: at }),
    );
    const toEgypt = () => t.live.sent.slice(before).filter((x) => x.update.type === 'CapacityUpdated' && x.audience.kind === 'organisations' && x.audience.organisationIds.includes('state-eg'));
    // offered, matched, and Bangladesh's confirmation
    await eventually(() => toEgypt().length >= 3 || null);
  });
});
