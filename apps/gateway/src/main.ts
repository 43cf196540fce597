import 'reflect-metadata';
import { join } from 'node:path';
import { runService } from '@accord/shared/runtime';
import { gatewayDefinition } from './gateway.definition';

runService(gatewayDefinition(process.env['ACCORD_PORTAL_DIR'] ?? join(__dirname, '..', 'portal', 'browser'))).catch((e: unknown) => {
  console.error('[accord] gateway failed to start:', e);
  process.exit(1);
});
