export * from './crisis-room.envelopes';
export * from './http-client';
export * from './recording-live-publisher';
export * from './test-app';
