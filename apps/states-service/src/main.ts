import 'reflect-metadata';
import { runService } from '@accord/shared/runtime';
import { statesServiceDefinition } from './states-service.definition';

runService(statesServiceDefinition).catch((e: unknown) => {
  console.error('[accord] states-service failed to start:', e);
  process.exit(1);
});
