export * from './lib/keyring';
export * from './lib/aead-cipher';
