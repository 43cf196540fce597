export * from './lib/commands/report-local-action/report-local-action.command';
export * from './lib/commands/report-local-action/report-local-action.handler';
export * from './lib/commands/update-local-action/update-local-action.command';
export * from './lib/commands/update-local-action/update-local-action.handler';
export * from './lib/local-action-saved';
export * from './lib/local-actions-command-handlers';
export * from './lib/ports/local-action.repository';
