import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConveneConsultationCommand, FollowUpSaved, RecordAttendanceCommand, RecordConsultationDecisionCommand } from '@accord/follow-up/application';
import { Actor, CLOCK, Clock, NotFound } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';

const DAY_MS = 86_400_000;
const ALERT_WAIT_MS = 30_000;
const BALI: Actor = {
  personId: 'seed:sec-bali-process',
  organisationId: 'sec-bali-process',
  roles: ['secretariat_officer'],
  organisation: { id: 'sec-bali-process', name: 'Bali Process (Regional Support Office)', kind: 'secretariat', country: null },
};

/**
 * The Bali Process's regional response mechanism (report 3.4: senior officials "consult and convene
 * meetings with affected and interested countries ... in emergency situations") used on the demo Libya
 * alert, whose stranded workers are largely from Bali Process members. Through the real command path;
 * only where the follow-up schema lives and only once per alert.
 */
export async function seedDemoConsultation(app: INestApplicationContext, alertId: string): Promise<boolean> {
  const db = app.get(DataSource);
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM follow_up.consultation WHERE alert_id = $1', [alertId]);
  if (n > 0) return false;
  const bus = app.get(TransactionalCommandBus);
  const now = app.get<Clock>(CLOCK).now().getTime();
  const day = (days: number) => new Date(now + days * DAY_MS).toISOString().slice(0, 10);
  const context = { actor: BALI, correlationId: 'demo-consultation' };
  const convened: FollowUpSaved = await untilAlertKnown(() => bus.execute(
    new ConveneConsultationCommand(context, {
      alertId,
      title: 'Emergency consultation of senior officials: members’ workers stranded in Libya',
      process: 'Bali Process',
      scheduledAt: new Date(now + DAY_MS).toISOString(),
      invitedStateIds: ['state-bd', 'state-ph', 'state-my', 'state-au'],
      agencyIds: ['agency-iom', 'agency-unhcr'],
    }),
  ));
  await bus.execute(new RecordAttendanceCommand(context, convened.id, [
    { organisationId: 'state-bd', present: true }, { organisationId: 'state-ph', present: true },
    { organisationId: 'state-au', present: true }, { organisationId: 'state-my', present: false },
  ]));
  await bus.execute(new RecordConsultationDecisionCommand(context, convened.id, {
    title: 'Fund and coordinate charter flights for stranded workers',
    text: 'Australia contributes to IOM charter flights from Djerba; IOM publishes the seats on the capacity exchange within a week.',
    addresseeIds: ['state-au', 'agency-iom'],
    dueDate: day(10),
  }));
  await bus.execute(new RecordConsultationDecisionCommand(context, convened.id, {
    title: 'Receive returnees with immigration, medical and help desks',
    text: 'Origin States set up special desks at arrival airports and bus fares home, as Bangladesh did in 2011 (report, Good Practice 1).',
    addresseeIds: ['state-bd', 'state-ph'],
    dueDate: day(30),
  }));
  new Logger('DemoWorld').log('convened a Bali Process emergency consultation on the Libya alert with two decisions');
  return true;
}

/** The alert was raised a moment ago in another context: this one learns it from the stream, so wait for it. */
async function untilAlertKnown<T>(convene: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + ALERT_WAIT_MS;
  for (;;) {
    try {
      return await convene();
    } catch (e) {
      if (!(e instanceof NotFound) || Date.now() > deadline) throw e;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
