/** Sent by the overdue scheduler (no person): one per overdue addressee and reminder period. */
export class RaiseFollowUpOverdueCommand {
  constructor(readonly recommendationId: string, readonly addresseeId: string, readonly periodIndex: number, readonly correlationId: string) {}
}
