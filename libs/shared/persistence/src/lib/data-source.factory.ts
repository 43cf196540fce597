import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { PreparingClient } from './preparing-client';

export interface AccordDataSourceOptions {
  url: string;
  entities: MixedList<string | (new () => unknown) | EntitySchema>;
  migrations: MixedList<string | (new () => unknown)>;
  poolSize?: number;
  applicationName?: string;
  /** Prepare parameterised statements once per connection (PreparingClient). PostgreSQL servers only. */
  prepareStatements?: boolean;
}

/** Migrations only: `synchronize` never runs, in production or in tests. */
export function createDataSource(options: AccordDataSourceOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}

export function dataSourceOptions(options: AccordDataSourceOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities as DataSourceOptions['entities'],
    migrations: options.migrations as DataSourceOptions['migrations'],
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: ['error'],
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'accord',
      connectionTimeoutMillis: 10_000,
      // Custom plans still: a generic plan chosen while a table is small (at start, and autovacuum may
      // never ANALYZE it) stays a sequential scan as the table grows. Parsing once is the saving kept.
      ...(options.prepareStatements ? { Client: PreparingClient, options: '-c plan_cache_mode=force_custom_plan' } : {}),
    },
  };
}
