// The follow-up context's HTTP answers, for its server and the portal alike: types only, nothing that runs
// (the portal's bundle imports no Node module through here).
export * from './lib/views/recommendation-detail';
export * from './lib/views/tracker-views';
