export * from './lib/assessment-card.component';
export * from './lib/linked-items.component';
export * from './lib/strings';
