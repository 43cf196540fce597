export * from './lib/content-disposition';
export * from './lib/csv-cell';
export * from './lib/csv-table';
