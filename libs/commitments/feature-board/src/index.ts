export * from './lib/board.routes';
