import 'reflect-metadata';
import { runService } from '@accord/shared/runtime';
import { secretariatServiceDefinition } from './secretariat-service.definition';

runService(secretariatServiceDefinition).catch((e: unknown) => {
  console.error('[accord] secretariat-service failed to start:', e);
  process.exit(1);
});
