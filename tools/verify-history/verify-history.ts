// Checks the hash chain of every aggregate stream in the outbox (the kept event history).
// Usage: DATABASE_URL=postgres://… npm run verify-history   (exit 0 clean, 2 tampered, 1 could not run)
import { createDataSource } from '@accord/shared/persistence';
import { verifyHistory } from '@accord/shared/messaging';

async function main(): Promise<number> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    console.error('verify-history: set DATABASE_URL to the service database to check (the embedded one: start the platform and use its URL)');
    return 1;
  }
  const ds = createDataSource({ url, entities: [], migrations: [], poolSize: 1, applicationName: 'verify-history' });
  await ds.initialize();
  try {
    const report = await verifyHistory(ds);
    console.log(`verify-history: ${report.events} events in ${report.streams} aggregate streams checked`);
    for (const p of report.problems) console.log(`  ${p.problem}: outbox row ${p.outboxId} (event ${p.eventId}) in ${p.stream}`);
    console.log(report.problems.length ? `verify-history: ${report.problems.length} problem(s): history was changed after it was written` : 'verify-history: intact');
    return report.problems.length ? 2 : 0;
  } finally {
    await ds.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('verify-history failed:', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
