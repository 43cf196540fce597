export * from './lib/accord-validation.pipe';
export * from './lib/domain-exception.filter';
export * from './lib/error-body';
export * from './lib/if-match-version';
export * from './lib/validation-failed.exception';
