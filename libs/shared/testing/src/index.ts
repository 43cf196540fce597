export * from './lib/eventually';
export * from './lib/test-databases';
export * from './lib/platform-launcher';
export * from './lib/test-oidc-provider';
