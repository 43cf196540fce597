import 'reflect-metadata';
import { runService } from '@accord/shared/runtime';
import { agenciesServiceDefinition } from './agencies-service.definition';

runService(agenciesServiceDefinition).catch((e: unknown) => {
  console.error('[accord] agencies-service failed to start:', e);
  process.exit(1);
});
