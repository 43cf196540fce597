import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { io, Socket } from 'socket.io-client';
import { AuthModule, SecurityAudit, TokenService } from '@accord/shared/auth';
import { LiveUpdate } from './live-update';
import { LiveUpdatePublisher } from './live-update.publisher';
import { LiveModule } from './live.module';

const JWT_SECRET = 'live-person-room-secret-for-accord-tests-'.repeat(2);
const canada = { id: 'state-ca', name: 'Canada', kind: 'state', country: 'CA' };

@Module({ imports: [AuthModule.forRoot({ env: { JWT_SECRET } }), LiveModule] })
class LiveTestModule {}

interface Client {
  socket: Socket;
  updates: LiveUpdate[];
}

/** The per-person audience over real sockets: two people of one organisation, only the named one is told. */
describe('live updates to one person', () => {
  let app: NestFastifyApplication;
  let url: string;
  const clients: Client[] = [];

  const connect = async (personId: string): Promise<Client> => {
    const token = app.get(TokenService).issue({ personId, organisationId: canada.id, roles: ['focal_point'], tokenVersion: 1, organisation: canada }).accessToken;
    const socket = io(`${url}/live`, { transports: ['websocket'], auth: { token }, reconnection: false, timeout: 5000 });
    const client: Client = { socket, updates: [] };
    socket.on('update', (u: LiveUpdate) => client.updates.push(u));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    clients.push(client);
    return client;
  };
  const settle = () => new Promise((r) => setTimeout(r, 150));

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(LiveTestModule, new FastifyAdapter(), { logger: ['error'] });
    app.useWebSocketAdapter(new IoAdapter(app));
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(async () => {
    clients.forEach((c) => c.socket.close());
    await app?.close();
  });

  it('a people audience reaches that person only, while organisation pushes still reach everyone of it', async () => {
    const ana = await connect('person-ana');
    const ben = await connect('person-ben');
    const live = app.get(LiveUpdatePublisher);
    live.publish({ type: 'FollowNotificationRaised', aggregateId: 'a1', occurredAt: new Date().toISOString(), view: {} }, { kind: 'people', personIds: ['person-ana'] });
    live.publish({ type: 'NotificationRaised', aggregateId: 'a2', occurredAt: new Date().toISOString(), view: {} }, { kind: 'organisations', organisationIds: [canada.id] });
    await settle();
    expect(ana.updates.map((u) => u.type)).toEqual(['FollowNotificationRaised', 'NotificationRaised']);
    expect(ben.updates.map((u) => u.type)).toEqual(['NotificationRaised']);
  });

  it('nobody can join another person’s room', async () => {
    const ben = clients[1] ?? (await connect('person-ben'));
    const answer = await ben.socket.timeout(2000).emitWithAck('join', { room: 'person:person-ana' });
    expect(answer).toEqual({ room: 'person:person-ana', joined: false });
    app.get(LiveUpdatePublisher).publish({ type: 'FollowNotificationRaised', aggregateId: 'a3', occurredAt: new Date().toISOString(), view: {} }, { kind: 'people', personIds: ['person-ana'] });
    await settle();
    expect(ben.updates.some((u) => u.aggregateId === 'a3')).toBe(false);
  });

  it('refuses a handshake without a token and audits one row per address and window, not one per knock', async () => {
    const recorded = jest.spyOn(app.get(SecurityAudit), 'record');
    for (let i = 0; i < 5; i += 1) {
      const socket = io(`${url}/live`, { transports: ['websocket'], auth: {}, reconnection: false, timeout: 5000 });
      const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
      socket.close();
      expect(error.message).toBe('unauthorized');
    }
    expect(recorded.mock.calls.map(([entry]) => [entry.action, entry.outcome, entry.detail])).toEqual([['connect /live', 'refused', { status: 401 }]]);
    recorded.mockRestore();
  });
});
