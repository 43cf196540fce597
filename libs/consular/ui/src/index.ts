export * from './lib/case-list.component';
export * from './lib/strings';
