import 'reflect-metadata';
import { join } from 'node:path';
import { runService } from '@accord/shared/runtime';
import { platformDefinition } from './platform.definition';

runService(platformDefinition(process.env['ACCORD_PORTAL_DIR'] ?? join(__dirname, '..', 'portal', 'browser'))).catch((e: unknown) => {
  console.error('[accord] platform failed to start:', e);
  process.exit(1);
});
