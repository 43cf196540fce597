export * from './lib/evacuation-event-schemas';
export * from './lib/evacuation-movement-reported.v1';
export * from './lib/evacuation-operation-opened.v1';
export * from './lib/evacuation-stream';
