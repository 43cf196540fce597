import 'reflect-metadata';
import { runService } from '@accord/shared/runtime';
import { civilSocietyServiceDefinition } from './civil-society-service.definition';

runService(civilSocietyServiceDefinition).catch((e: unknown) => {
  console.error('[accord] civil-society-service failed to start:', e);
  process.exit(1);
});
