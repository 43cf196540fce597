export * from './lib/local-action.routes';
