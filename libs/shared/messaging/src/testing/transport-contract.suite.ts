import { randomBytes } from 'node:crypto';
import { EventEnvelope } from '@accord/shared/contracts';
import { eventually } from '@accord/shared/testing';
import { DeliveredMessage, EventTransport } from '../lib/transport/event-transport';
import { aThingHappened } from './thing-happened.schema';

/**
 * What a transport under test provides. `transport` may or may not be started (the suite calls
 * `start()`, which must be idempotent). `restart()` must behave like `kill -9` of the process that
 * owns the latest instance (nothing in flight acknowledged, nothing cleaned up) and return a new,
 * not necessarily started, instance over the same durable storage. A consumer group seen for the first
 * time must start at the beginning of its topics. `cleanup()` releases everything.
 */
export interface TransportUnderTest {
  readonly transport: EventTransport;
  restart(): Promise<EventTransport>;
  cleanup(): Promise<void>;
}

export interface TransportContractOptions {
  /** How long to wait for deliveries (default 20 s; includes a crashed consumer's claim expiring). */
  readonly timeoutMs?: number;
}

const letters = (n: number) => [...randomBytes(n)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

class Received {
  readonly messages: DeliveredMessage[] = [];
  readonly handle = async (m: DeliveredMessage) => {
    this.messages.push(m);
  };
  ids(): Set<string> {
    return new Set(this.messages.map((m) => m.envelope.eventId));
  }
  hasAll(events: readonly EventEnvelope[]): boolean {
    const ids = this.ids();
    return events.every((e) => ids.has(e.eventId));
  }
}

/** The delivery guarantees every EventTransport keeps (RELIABILITY-SECURITY items 6–9). */
export function runTransportContractSuite(label: string, makeTransport: () => Promise<TransportUnderTest>, options: TransportContractOptions = {}): void {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const waitFor = (probe: () => boolean) => eventually(probe, timeoutMs, 20);

  describe(`${label}: EventTransport contract`, () => {
    let under: TransportUnderTest;
    let live: EventTransport[] = [];
    const run = letters(6);
    let n = 0;
    const topic = (name: string) => `accord.contract-${run}.${name}-${letters(4)}`;
    const group = (name: string) => `contract-${run}-${name}-${++n}`;

    const started = async (t: EventTransport) => {
      await t.start();
      live.push(t);
      return t;
    };
    const restart = async (crashed: EventTransport) => {
      live = live.filter((t) => t !== crashed); // a killed process is never stopped cleanly
      return started(await under.restart());
    };

    beforeEach(async () => {
      under = await makeTransport();
      await started(under.transport);
    });

    afterEach(async () => {
      for (const t of live.splice(0)) await t.stop();
      await under.cleanup();
    });

    it('delivers the events of one key in the order they were published', async () => {
      const t = live[0];
      const tp = topic('order');
      const events: EventEnvelope[] = [];
      for (let v = 1; v <= 10; v++) {
        const batch = ['a', 'b', 'c'].map((key) => aThingHappened(key, v, tp));
        events.push(...batch);
        await t.publish(batch.map((envelope) => ({ topic: tp, key: envelope.aggregateId, envelope })));
      }
      const got = new Received();
      await t.subscribe({ group: group('order'), topics: [tp], handle: got.handle });
      await waitFor(() => got.hasAll(events));
      for (const key of ['a', 'b', 'c']) {
        const seen = got.messages.filter((m) => m.key === key).map((m) => m.envelope.aggregateVersion);
        expect(seen.filter((v, i) => seen.indexOf(v) === i)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      }
    }, timeoutMs * 2);

    it('redelivers an event whose handler had not finished when the consumer crashed', async () => {
      const t = live[0];
      const tp = topic('crash');
      const g = group('crash');
      const [first, second] = [aThingHappened('k', 1, tp), aThingHappened('k', 2, tp)];
      await t.publish([first, second].map((envelope) => ({ topic: tp, key: 'k', envelope })));
      const before = new Received();
      const never = new Promise<void>(() => undefined);
      await t.subscribe({ group: g, topics: [tp], handle: (m) => before.handle(m).then(() => never) });
      await waitFor(() => before.hasAll([first]));

      const t2 = await restart(t);
      const after = new Received();
      await t2.subscribe({ group: g, topics: [tp], handle: after.handle });
      await waitFor(() => after.hasAll([first, second]));
      expect(before.ids().has(second.eventId)).toBe(false);
    }, timeoutMs * 2);

    it('loses nothing across a restart, delivered or not yet', async () => {
      const t = live[0];
      const tp = topic('restart');
      const g = group('restart');
      const earlier = [1, 2, 3, 4, 5].map((v) => aThingHappened('k', v, tp));
      const later = [6, 7, 8, 9, 10].map((v) => aThingHappened('k', v, tp));
      const got = new Received();
      await t.subscribe({ group: g, topics: [tp], handle: got.handle });
      await t.publish(earlier.map((envelope) => ({ topic: tp, key: 'k', envelope })));
      await waitFor(() => got.hasAll(earlier));

      const t2 = await restart(t);
      await t2.publish(later.map((envelope) => ({ topic: tp, key: 'k', envelope })));
      await t2.subscribe({ group: g, topics: [tp], handle: got.handle });
      await waitFor(() => got.hasAll([...earlier, ...later]));
    }, timeoutMs * 2);

    it('dead-letters a poison event after maxAttempts with the reason, and the stream goes on', async () => {
      const t = live[0];
      const tp = topic('poison');
      const g = group('poison');
      const poison = aThingHappened('k', 1, tp);
      const next = aThingHappened('k', 2, tp);
      await t.publish([poison, next].map((envelope) => ({ topic: tp, key: 'k', envelope })));
      const attempts: number[] = [];
      const got = new Received();
      const handle = async (m: DeliveredMessage) => {
        if (m.envelope.eventId !== poison.eventId) return got.handle(m);
        attempts.push(m.attempt);
        throw new Error('poison: cannot apply');
      };
      await t.subscribe({ group: g, topics: [tp], handle, maxAttempts: 3 });
      const dead = new Received();
      await t.subscribe({ group: group('dlq'), topics: [`${tp}.dlq`], handle: dead.handle });

      await waitFor(() => got.hasAll([next]) && dead.hasAll([poison]));
      expect(attempts).toEqual([1, 2, 3]);
      const letter = dead.messages[0];
      expect(letter.topic).toBe(`${tp}.dlq`);
      expect(letter.envelope).toEqual(poison);
      expect(letter.headers).toMatchObject({ reason: expect.stringContaining('poison: cannot apply'), group: g, attempts: '3' });
      expect(letter.headers?.['originalPosition']).toBeTruthy();
    }, timeoutMs * 2);

    it('with a batch handler: a failing batch falls back to one by one, only the poison event is dead-lettered, order per key holds', async () => {
      const t = live[0];
      const tp = topic('batch');
      const g = group('batch');
      const events = [1, 2, 3, 4].map((v) => aThingHappened('k', v, tp));
      const poison = events[2];
      const singly = new Received();
      const batches: number[] = [];
      const reject = (m: DeliveredMessage) => {
        if (m.envelope.eventId === poison.eventId) throw new Error('poison in batch');
      };
      await t.publish(events.map((envelope) => ({ topic: tp, key: 'k', envelope })));
      await t.subscribe({
        group: g,
        topics: [tp],
        maxAttempts: 2,
        handle: async (m) => {
          reject(m);
          await singly.handle(m);
        },
        handleBatch: async (ms) => {
          batches.push(ms.length);
          ms.forEach(reject);
          for (const m of ms) await singly.handle(m);
        },
      });
      const dead = new Received();
      await t.subscribe({ group: group('batch-dlq'), topics: [`${tp}.dlq`], handle: dead.handle });
      const good = events.filter((e) => e !== poison);
      await waitFor(() => singly.hasAll(good) && dead.hasAll([poison]));
      // Transports that never batch (Kafka here) deliver singly; either way each good event once, in order.
      expect(singly.messages.map((m) => m.envelope.aggregateVersion)).toEqual([1, 2, 4]);
      expect(dead.messages.map((m) => m.envelope.eventId)).toEqual([poison.eventId]);
    }, timeoutMs * 2);

    it('gives every event to every consumer group', async () => {
      const t = live[0];
      const tp = topic('groups');
      const events = [1, 2, 3, 4, 5].map((v) => aThingHappened(`k${v % 2}`, v, tp));
      const [one, two] = [new Received(), new Received()];
      await t.subscribe({ group: group('one'), topics: [tp], handle: one.handle });
      await t.subscribe({ group: group('two'), topics: [tp], handle: two.handle });
      await t.publish(events.map((envelope) => ({ topic: tp, key: envelope.aggregateId, envelope })));
      await waitFor(() => one.hasAll(events) && two.hasAll(events));
    }, timeoutMs * 2);
  });
}
