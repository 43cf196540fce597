export * from './lib/live-update';
export * from './lib/live-update.publisher';
export * from './lib/live-updates.gateway';
export * from './lib/live.module';
export * from './lib/public-updates.gateway';
