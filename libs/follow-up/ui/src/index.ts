export * from './lib/response-badge.component';
export * from './lib/strings';
export * from './lib/tracker-table.component';
