// The crisis context's HTTP answers, for its server and the portal alike: types only, nothing that runs
// (the portal's bundle imports no Node module through here).
export * from './lib/views/crisis-room-views';
export * from './lib/views/field-report-views';
export * from './lib/views/regional-response-views';
export * from './lib/views/room-views';
