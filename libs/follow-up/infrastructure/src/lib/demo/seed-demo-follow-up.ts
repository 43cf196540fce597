import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FollowUpSaved, IssueRecommendationCommand, RecordMeetingCommand } from '@accord/follow-up/application';
import { Actor, CLOCK, Clock } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { DEMO_MEETINGS, DemoSecretariat } from './demo-recommendations';

const DAY_MS = 86_400_000;

const actorFor = (s: DemoSecretariat): Actor => ({
  personId: `seed:${s.id}`,
  organisationId: s.id,
  roles: ['secretariat_officer'],
  organisation: { id: s.id, name: s.name, kind: 'secretariat', country: null },
});

/** Through the real command path, and only on an empty follow-up schema. Due dates count from today. */
export async function seedDemoFollowUp(app: INestApplicationContext): Promise<number> {
  const [{ n }] = await app.get(DataSource).query('SELECT count(*)::int AS n FROM follow_up.meeting');
  if (n > 0) return 0;
  const bus = app.get(TransactionalCommandBus);
  const now = app.get<Clock>(CLOCK).now().getTime();
  let issued = 0;
  for (const meeting of DEMO_MEETINGS) {
    const context = { actor: actorFor(meeting.secretariat), correlationId: 'demo-world' };
    const saved: FollowUpSaved = await bus.execute(new RecordMeetingCommand(context, { title: meeting.title, date: meeting.date, process: meeting.process }));
    for (const r of meeting.recommendations) {
      const dueDate = new Date(now + r.dueInDays * DAY_MS).toISOString().slice(0, 10);
      await bus.execute(new IssueRecommendationCommand(context, saved.id, { title: r.title, text: r.text, addresseeIds: [...r.addresseeIds], dueDate }));
      issued += 1;
    }
  }
  new Logger('DemoWorld').log(`issued ${issued} demo recommendations from ${DEMO_MEETINGS.length} meetings`);
  return issued;
}
