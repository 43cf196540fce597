import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FileFieldReportCommand } from '@accord/crisis/application';
import { FieldObservation } from '@accord/crisis/domain';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { demoContext } from './demo-actors';

/**
 * 4mi-style observations (report, Promising Practice 4) at the exits from Libya in early 2011, when
 * nearly 800,000 migrants fled to Tunisia, Egypt, Chad, Algeria and Niger (report 2.2). Invented
 * figures in the order of magnitude of that period; no person is described.
 */
const OBSERVATIONS: readonly (FieldObservation & { monitor: string })[] = [
  {
    monitor: 'cso-rmms', place: { name: 'Ras Ajdir border crossing (Tunisia side)', lat: 33.155, lon: 11.565 }, observedAt: '2011-03-01T09:00:00Z',
    movements: [{ direction: 'arriving', sex: 'male', ageBand: 'adult', count: 14200 }, { direction: 'arriving', sex: 'female', ageBand: 'adult', count: 610 }, { direction: 'arriving', sex: 'unknown', ageBand: 'child', count: 230 }],
    incidents: [{ kind: 'robbery', count: 35 }, { kind: 'extortion', count: 18 }, { kind: 'family_separation', count: 6 }],
    needs: ['water', 'shelter', 'transport', 'documentation'], note: 'Most arrivals are Bangladeshi and Egyptian workers; many lost passports at checkpoints.',
  },
  {
    monitor: 'cso-rmms', place: { name: 'Shousha transit camp', lat: 33.227, lon: 11.356 }, observedAt: '2011-03-03T15:30:00Z',
    movements: [{ direction: 'stranded', sex: 'male', ageBand: 'adult', count: 9800 }, { direction: 'stranded', sex: 'female', ageBand: 'adult', count: 420 }, { direction: 'stranded', sex: 'unknown', ageBand: 'child', count: 150 }],
    incidents: [{ kind: 'denial_of_assistance', count: 12 }],
    needs: ['shelter', 'medical', 'food', 'information'], note: 'Long waits for flights home; sanitation overstretched.',
  },
  {
    monitor: 'cso-mfa', place: { name: 'Salloum border crossing (Egypt side)', lat: 31.553, lon: 25.157 }, observedAt: '2011-03-02T11:00:00Z',
    movements: [{ direction: 'arriving', sex: 'male', ageBand: 'adult', count: 6100 }, { direction: 'arriving', sex: 'female', ageBand: 'adult', count: 240 }],
    incidents: [{ kind: 'detention', count: 22 }, { kind: 'physical_violence', count: 9 }],
    needs: ['water', 'transport', 'protection'], note: 'Third-country nationals wait longest; Filipino and Bangladeshi groups without consular contact.',
  },
  {
    monitor: 'cso-rmms', place: { name: 'Misrata port', lat: 32.377, lon: 15.092 }, observedAt: '2011-04-16T07:45:00Z',
    movements: [{ direction: 'departing', sex: 'male', ageBand: 'adult', count: 1150 }, { direction: 'stranded', sex: 'male', ageBand: 'adult', count: 2600 }],
    incidents: [{ kind: 'death', count: 4 }],
    needs: ['transport', 'medical', 'food'], note: 'Evacuation ship boarding under shelling; those left behind sleep at the quay.',
  },
];

export async function seedDemoFieldReports(app: INestApplicationContext, alertId: string): Promise<boolean> {
  const [{ n }] = await app.get(DataSource).query('SELECT count(*)::int AS n FROM crisis.field_report');
  if (n > 0) return false;
  const bus = app.get(TransactionalCommandBus);
  for (const { monitor, ...observation } of OBSERVATIONS) await bus.execute(new FileFieldReportCommand(demoContext(monitor, 'focal_point'), alertId, observation));
  new Logger('DemoCrisis').log(`filed ${OBSERVATIONS.length} field reports from the Libya 2011 exits`);
  return true;
}
