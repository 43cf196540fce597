export * from './lib/gcm-objectives';
export * from './lib/sdg-targets';
