export * from './lib/commitment-card.component';
export * from './lib/commitment-timeline.component';
export * from './lib/goal-chips.component';
export * from './lib/pagination.component';
export * from './lib/progress-meter.component';
export * from './lib/status-badge.component';
export * from './lib/strings';
export * from './lib/ui-models';
