import { RuntimeModule } from '@accord/shared/runtime';
// The platform composes every module in one process: its definition is the list of what is served.
// eslint-disable-next-line @nx/enforce-module-boundaries -- an app's definition is read here on purpose, nothing else of it
import { platformDefinition } from '../../../apps/platform/src/platform.definition';
import { collectRoutes, RouteEntry } from './route-inventory';

/** Every route and socket.io message of the platform (no database, nothing started). */
export function platformRoutes(): RouteEntry[] {
  const module = RuntimeModule.forRoot(platformDefinition(''), { databaseUrl: '', embedded: true, env: {} });
  return collectRoutes([module]);
}
