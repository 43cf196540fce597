/** The `update` event payload on `/public` and `/live` (api.md, Live updates). */
export interface LiveUpdate<V = unknown> {
  type: string;
  aggregateId: string;
  view: V;
  occurredAt: string;
  sequence: number;
}

export type LiveConnectionState = 'connecting' | 'live' | 'offline';
