export * from './lib/consular-api';
export * from './lib/consular-request-store';
export * from './lib/consular-validation';
export * from './lib/consular.models';
