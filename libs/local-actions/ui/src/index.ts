export * from './lib/local-action-card.component';
export * from './lib/strings';
