export * from './lib/actor';
export * from './lib/aggregate-root';
export * from './lib/business-rule';
export * from './lib/clock';
export * from './lib/domain-error';
export * from './lib/domain-event';
export * from './lib/uuid';
