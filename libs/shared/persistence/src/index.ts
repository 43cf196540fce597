export * from './lib/data-source.factory';
export * from './lib/database-config';
export * from './lib/embedded-postgres';
export * from './lib/run-migrations';
export * from './lib/read-page';
export * from './lib/preparing-client';
