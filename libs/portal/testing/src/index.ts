export * from './lib/launch-chromium';
