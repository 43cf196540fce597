export * from './lib/crisis.routes';
