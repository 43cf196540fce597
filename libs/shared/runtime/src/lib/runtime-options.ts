import { DynamicModule, Provider, Type } from '@nestjs/common';
import { MixedList, EntitySchema } from 'typeorm';

export interface ServiceDefinition {
  /** Names the outbox, the consumer group and the process in logs: `states-service`, `gateway`, `platform`. */
  serviceName: string;
  /** The modules this service hosts (contexts' write modules, read models, identity, live). */
  imports: Array<Type<unknown> | DynamicModule>;
  providers?: Provider[];
  entities: MixedList<string | (new () => unknown) | EntitySchema>;
  migrations: MixedList<string | (new () => unknown)>;
  /** Runs once migrations are applied, before the service reports ready (e.g. demo data). */
  seed?: (app: import('@nestjs/common').INestApplicationContext) => Promise<void>;
  /** Built portal folder to serve at `/`, if this process serves pages. */
  portalDir?: string;
  defaultPort: number;
}
