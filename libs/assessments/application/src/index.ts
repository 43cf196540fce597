export * from './lib/assessment-saved';
export * from './lib/assessments-command-handlers';
export * from './lib/commands/publish-assessment/publish-assessment.command';
export * from './lib/commands/publish-assessment/publish-assessment.handler';
export * from './lib/commands/reply-to-assessment/reply-to-assessment.command';
export * from './lib/commands/reply-to-assessment/reply-to-assessment.handler';
export * from './lib/ports/assessment.repository';
export * from './lib/ports/commitment-owners';
