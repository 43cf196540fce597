export * from './lib/demo-commitments';
export * from './lib/seed-demo-commitments';
