export * from './lib/demo-actors';
export * from './lib/seed-demo-capacity';
export * from './lib/seed-demo-consular-sharing';
export * from './lib/seed-demo-crisis-alerts';
export * from './lib/seed-demo-crisis-world';
export * from './lib/seed-demo-evacuations';
export * from './lib/seed-demo-field-reports';
