import { databaseKinds } from '@accord/shared/testing';
import { MessagingTestDatabase } from '../../testing/messaging-test-database';
import { runTransportContractSuite } from '../../testing/transport-contract.suite';
import { EmbeddedTransport } from './embedded-transport';

describe.each(databaseKinds())('EmbeddedTransport on %s', (kind) => {
  let db: MessagingTestDatabase;
  beforeAll(async () => {
    db = await MessagingTestDatabase.create(kind);
  }, 60_000);
  afterAll(() => db.drop());

  // A short lease so the crash cases do not wait 10 s for a dead consumer's claim to expire.
  const make = async () => new EmbeddedTransport(await db.open(3), { pollMs: 50, leaseMs: 1_000, listen: kind === 'postgres' });

  runTransportContractSuite(`embedded (${kind})`, async () => {
    let current = await make();
    return {
      transport: current,
      async restart() {
        await current.crash();
        current = await make();
        return current;
      },
      // The DataSources are closed by db.drop(); nothing else holds resources.
      cleanup: () => Promise.resolve(),
    };
  });
});
