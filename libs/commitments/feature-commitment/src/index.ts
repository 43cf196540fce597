export * from './lib/commitment.routes';
