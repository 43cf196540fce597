// Builders of valid crisis events for the specs of every context that consumes them (never production code).
export * from './lib/testing/crisis-alert.fixtures';
