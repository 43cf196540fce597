export * from './lib/evacuation-events';
export * from './lib/evacuation-operation.aggregate';
export * from './lib/evacuation-terms';
export * from './lib/rules/movement-count-must-be-positive.rule';
export * from './lib/rules/movements-come-from-states-and-agencies.rule';
export * from './lib/rules/only-agencies-open-operations.rule';
export * from './lib/rules/targets-must-be-positive.rule';
