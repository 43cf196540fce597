import { DataSource } from 'typeorm';
import { boardMigrations, CommitmentBoardProjection, CommitmentBoardQueries } from '@accord/commitments/board';
import { COMMITMENT_EVENT_SCHEMAS } from '@accord/commitments/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { EmbeddedTransport, EventConsumerHost, messagingMigrations } from '@accord/shared/messaging';
import { createDataSource, runMigrations } from '@accord/shared/persistence';
import { createServerTestDatabase, realPostgresUrl, TestDatabase } from '@accord/shared/testing';

export const commitmentRegistry = () => new EventRegistry(COMMITMENT_EVENT_SCHEMAS);

/** A fresh database with the messaging and board schemas, where a read model is rebuilt from a log. */
export async function openReplayDatabase(): Promise<{ db: TestDatabase; ds: DataSource }> {
  const db = await createServerTestDatabase(realPostgresUrl() as string);
  const ds = createDataSource({ url: db.url, entities: [], migrations: [...messagingMigrations, ...boardMigrations], poolSize: 4, applicationName: 'fault-replay' });
  await ds.initialize();
  await runMigrations(ds);
  return { db, ds };
}

/** The live consumer path (embedded transport → consumer host → board projection), without socket pushes. */
export async function startBoardConsumer(ds: DataSource, group: string): Promise<EmbeddedTransport> {
  // Never called: afterCommit (the socket push) is not registered for a replay.
  const projection = new CommitmentBoardProjection(new CommitmentBoardQueries(ds), Object.create(LiveUpdatePublisher.prototype) as LiveUpdatePublisher);
  const host = new EventConsumerHost(ds, commitmentRegistry());
  host.register({ name: projection.name, topics: projection.topics, apply: (e, m) => projection.apply(e, m) });
  const transport = new EmbeddedTransport(ds, { pollMs: 50, batchSize: 500 });
  await host.start(transport, group);
  await transport.start();
  return transport;
}
