export * from './lib/follow-up.routes';
