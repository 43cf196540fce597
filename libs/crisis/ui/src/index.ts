export * from './lib/cap-fields.component';
export * from './lib/evacuation-progress.component';
export * from './lib/presence-table.component';
export * from './lib/severity-badge.component';
export * from './lib/strings';
export * from './lib/world-map.component';
