/** An event arrived ahead of one it depends on: retried, then dead-lettered, never applied out of order. */
export class VersionGap extends Error {
  constructor(readonly stream: string, readonly aggregateId: string, readonly have: number, readonly got: number) {
    super(`${stream} ${aggregateId}: have version ${have}, received ${got}; an earlier event is missing`);
    this.name = 'VersionGap';
  }
}
