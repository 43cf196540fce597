export * from './lib/bar-chart.component';
export * from './lib/connection-banner.component';
export * from './lib/live-status.component';
export * from './lib/load-state.component';
export * from './lib/pager.component';
export * from './lib/progress-bar.component';
export * from './lib/strings';
export * from './lib/text-field.component';
