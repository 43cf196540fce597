// Child process for the relay crash test: publishes one batch of the outbox, then SIGKILLs itself
// after the transport acknowledged it and before the rows are marked published.
// Usage: node -r ./ts-register.cjs crash-relay.script.ts <database url> <outbox> <lease ms>
import 'reflect-metadata';
import { createDataSource } from '@accord/shared/persistence';
import { EmbeddedTransport } from '../lib/embedded/embedded-transport';
import { OutboxRelay } from '../lib/outbox/outbox-relay';

async function main(): Promise<void> {
  const [url, outbox, leaseMs] = process.argv.slice(2);
  const ds = createDataSource({ url, entities: [], migrations: [], poolSize: 2 });
  await ds.initialize();
  const relay = new OutboxRelay(ds, new EmbeddedTransport(ds), {
    outbox,
    leaseMs: Number(leaseMs),
    owner: 'doomed-relay',
    afterPublishBeforeMark: async () => {
      process.kill(process.pid, 'SIGKILL');
      await new Promise(() => undefined);
    },
  });
  await relay.runOnce();
  process.exit(3); // unreachable unless the hook did not run (nothing to publish)
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
