import { BusinessRule } from '@accord/shared/kernel';

export class OnlyInvitedStatesAttend implements BusinessRule {
  readonly name = 'OnlyInvitedStatesAttend';
  readonly field = 'attendance';
  readonly message: string;
  private readonly strangers: string[];
  constructor(invited: readonly string[], marked: readonly string[]) {
    this.strangers = marked.filter((id) => !invited.includes(id));
    this.message = `attendance is recorded for invited States only; not invited: ${this.strangers.join(', ')}`;
  }
  isBroken(): boolean {
    return this.strangers.length > 0;
  }
}
