export * from './lib/consular.routes';
