export * from './lib/http-client';
export * from './lib/recording-live-publisher';
export * from './lib/test-app';
