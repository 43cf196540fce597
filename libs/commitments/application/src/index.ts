export * from './lib/commands/change-commitment-status/change-commitment-status.command';
export * from './lib/commands/change-commitment-status/change-commitment-status.handler';
export * from './lib/commands/log-commitment/log-commitment.command';
export * from './lib/commands/log-commitment/log-commitment.handler';
export * from './lib/commands/report-commitment-progress/report-commitment-progress.command';
export * from './lib/commands/report-commitment-progress/report-commitment-progress.handler';
export * from './lib/commitments-command-handlers';
export * from './lib/ports/commitment.repository';
