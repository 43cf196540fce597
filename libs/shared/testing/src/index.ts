export * from './lib/eventually';
export * from './lib/test-databases';
