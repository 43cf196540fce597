export * from './lib/assessments-api';
export * from './lib/related-sections';
export * from './lib/related-store';
export * from './lib/related.models';
