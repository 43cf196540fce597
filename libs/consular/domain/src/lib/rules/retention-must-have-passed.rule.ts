import { BusinessRule } from '@accord/shared/kernel';
export class RetentionMustHavePassed implements BusinessRule {
  readonly name = 'RetentionMustHavePassed';
  readonly field = 'closedAt';
  readonly message = 'case data is kept until the retention period after closing has passed';
  constructor(private readonly closedAt: string | null, private readonly retentionMs: number, private readonly now: Date) {}

  isBroken(): boolean {
    return this.closedAt === null || new Date(this.closedAt).getTime() + this.retentionMs > this.now.getTime();
  }
}
