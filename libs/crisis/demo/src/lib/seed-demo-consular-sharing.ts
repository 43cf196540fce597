import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RegisterConsularAgreementCommand, RegisterConsularMissionCommand } from '@accord/consular/application';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { demoContext } from './demo-actors';

/** The Canada–Australia consular sharing arrangement (report 2.2) and the missions routing relies on. Hosted by states-service / platform. */
export async function seedDemoConsularSharing(app: INestApplicationContext): Promise<boolean> {
  const [{ n }] = await app.get(DataSource).query('SELECT count(*)::int AS n FROM consular.agreement');
  if (n > 0) return false;
  const bus = app.get(TransactionalCommandBus);
  await bus.execute(new RegisterConsularAgreementCommand(demoContext('state-ca', 'consular_officer'), {
    parties: ['state-ca', 'state-au'], countries: ['LY', 'LB', 'SY', 'TN', 'EG', 'ML', 'NE', 'TD'],
    services: ['emergency_documents', 'welfare_check', 'evacuation_support', 'repatriation'], validFrom: '1986-01-01', validTo: null,
  }));
  const missions: [string, string, string][] = [['state-au', 'LY', 'Tripoli'], ['state-ca', 'TN', 'Tunis'], ['state-au', 'EG', 'Cairo'], ['state-ca', 'EG', 'Cairo'], ['state-ph', 'LY', 'Tripoli'], ['state-bd', 'LY', 'Tripoli']];
  for (const [state, country, city] of missions) await bus.execute(new RegisterConsularMissionCommand(demoContext(state, 'consular_officer'), country, city));
  new Logger('DemoCrisis').log('registered the Canada–Australia consular sharing agreement and 6 missions');
  return true;
}
