import { BusinessRule } from '@accord/shared/kernel';

/** A change of mind is a new response; repeating the current one is refused so the history stays meaningful. */
export class ANewResponseMustChangeTheAnswer implements BusinessRule {
  readonly name = 'ANewResponseMustChangeTheAnswer';
  readonly field = 'response';
  constructor(private readonly current: string | null, private readonly next: string) {}
  get message(): string {
    return `you already answered "${this.next}"; a new response must change the answer`;
  }
  isBroken(): boolean {
    return this.current === this.next;
  }
}
