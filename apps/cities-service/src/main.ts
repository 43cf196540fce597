import 'reflect-metadata';
import { runService } from '@accord/shared/runtime';
import { citiesServiceDefinition } from './cities-service.definition';

runService(citiesServiceDefinition).catch((e: unknown) => {
  console.error('[accord] cities-service failed to start:', e);
  process.exit(1);
});
