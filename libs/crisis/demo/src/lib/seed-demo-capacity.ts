import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnswerCapacityMatchCommand, CapacitySaved, OfferCapacityCommand, RequestCapacityCommand } from '@accord/evacuations/application';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { demoContext } from './demo-actors';

const DAY_MS = 86_400_000;

/**
 * Transport capacity as it moved in 2011 (report 2.2): IOM charter flights from Djerba (Tunisia) and a
 * ferry out of Misrata; Bangladesh and the Philippines ask for seats by nationality counts. The matcher
 * proposes the seats; the ferry match is confirmed by both sides. Dates count from today.
 */
export async function seedDemoCapacity(app: INestApplicationContext, operationId: string): Promise<boolean> {
  const [{ n }] = await app.get(DataSource).query('SELECT count(*)::int AS n FROM evacuations.capacity_offer WHERE operation_id = $1', [operationId]);
  if (n > 0) return false;
  const bus = app.get(TransactionalCommandBus);
  const now = app.get<Clock>(CLOCK).now().getTime();
  const day = (days: number) => new Date(now + days * DAY_MS).toISOString().slice(0, 10);
  const iom = demoContext('agency-iom', 'crisis_cell_officer');
  const egypt = demoContext('state-eg', 'crisis_cell_officer');
  const philippines = demoContext('state-ph', 'crisis_cell_officer');
  await bus.execute(new OfferCapacityCommand(iom, { operationId, from: 'Djerba', to: 'Dhaka', departureDate: day(3), seats: 320, mode: 'air' }));
  await bus.execute(new OfferCapacityCommand(egypt, { operationId, from: 'Misrata', to: 'Benghazi', departureDate: day(2), seats: 400, mode: 'sea' }));
  await bus.execute(new RequestCapacityCommand(demoContext('state-bd', 'crisis_cell_officer'), {
    operationId, from: 'Djerba', to: 'Dhaka', earliestDate: day(1), latestDate: day(7), passengers: [{ nationality: 'BD', count: 600 }],
  }));
  const ferry: CapacitySaved = await bus.execute(new RequestCapacityCommand(philippines, {
    operationId, from: 'Misrata', to: 'Benghazi', earliestDate: day(1), latestDate: day(4), passengers: [{ nationality: 'PH', count: 150 }],
  }));
  for (const matchId of ferry.matchIds) {
    await bus.execute(new AnswerCapacityMatchCommand(philippines, operationId, matchId, 'confirm'));
    await bus.execute(new AnswerCapacityMatchCommand(egypt, operationId, matchId, 'confirm'));
  }
  new Logger('DemoCrisis').log('offered IOM charter seats and an Egyptian ferry from Misrata; Bangladesh and the Philippines requested seats');
  return true;
}
