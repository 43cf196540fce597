import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ChangeCommitmentStatusCommand,
  CommitmentSaved,
  LogCommitmentCommand,
  ReportCommitmentProgressCommand,
} from '@accord/commitments/application';
import { Actor } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { DEMO_COMMITMENTS, DemoOrganisation } from './demo-commitments';

const actorFor = (org: DemoOrganisation): Actor => ({
  personId: `seed:${org.id}`,
  organisationId: org.id,
  roles: ['focal_point'],
  organisation: { id: org.id, name: org.name, kind: org.kind, country: org.country },
});

/**
 * Goes through the real command path (command → aggregate → outbox → relay → projections), so the
 * demo world is exactly what users would have produced. Runs only on an empty commitments table.
 */
export async function seedDemoCommitments(app: INestApplicationContext): Promise<number> {
  const db = app.get(DataSource);
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM commitments.commitment');
  if (n > 0) return 0;
  const bus = app.get(TransactionalCommandBus);
  for (const demo of DEMO_COMMITMENTS) {
    const context = { actor: actorFor(demo.owner), correlationId: 'demo-world' };
    const saved: CommitmentSaved = await bus.execute(new LogCommitmentCommand(context, { ...demo.terms }));
    for (const report of demo.progress) await bus.execute(new ReportCommitmentProgressCommand(context, saved.id, report));
    if (demo.finalStatus) await bus.execute(new ChangeCommitmentStatusCommand(context, saved.id, demo.finalStatus.status, demo.finalStatus.reason));
  }
  new Logger('DemoWorld').log(`logged ${DEMO_COMMITMENTS.length} demo commitments from the GFMD 2016 report`);
  return DEMO_COMMITMENTS.length;
}
