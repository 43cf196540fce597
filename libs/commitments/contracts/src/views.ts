// The commitments context's HTTP answers, for its server and the portal alike: types only, nothing that
// runs (the portal's bundle imports no Node module through here).
export * from './lib/views/commitment-view';
