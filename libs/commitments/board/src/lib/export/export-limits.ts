/**
 * An export holds at most this many rows, read in batches from one snapshot. Above it the caller is
 * asked to narrow the filters (400) rather than given a silently cut file.
 */
export const MAX_EXPORT_ROWS = 10_000;
export const EXPORT_BATCH_SIZE = 1_000;
