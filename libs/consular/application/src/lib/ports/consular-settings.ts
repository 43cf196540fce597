/** Deadlines and retention, from the environment in the infrastructure. */
export class ConsularSettings {
  constructor(
    readonly answerWindowMs: number,
    readonly retentionMs: number,
    readonly fallbackAgency: string,
  ) {}
}
