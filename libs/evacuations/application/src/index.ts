export * from './lib/evacuations-command-handlers';
export * from './lib/commands/acting-organisation';
export * from './lib/commands/open-evacuation-operation/open-evacuation-operation.command';
export * from './lib/commands/open-evacuation-operation/open-evacuation-operation.handler';
export * from './lib/commands/report-evacuation-movement/report-evacuation-movement.command';
export * from './lib/commands/report-evacuation-movement/report-evacuation-movement.handler';
export * from './lib/commands/saved';
export * from './lib/ports/evacuation-operation.repository';
