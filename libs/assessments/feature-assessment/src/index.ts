export * from './lib/commitment-related-section.component';
