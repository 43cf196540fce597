export * from './lib/gcm-objectives';
export * from './lib/iso-countries';
export * from './lib/m49-regions';
export * from './lib/sdg-targets';
