export * from './lib/commitment-event-schemas';
export * from './lib/commitment-logged.v1';
export * from './lib/commitment-progress-reported.v1';
export * from './lib/commitment-status-changed.v1';
export * from './lib/commitment-stream';
export * from './lib/commitment-co-owner-added.v1';
export * from './lib/commitment-share-progress-reported.v1';
export * from './lib/commitment-share-status-changed.v1';
