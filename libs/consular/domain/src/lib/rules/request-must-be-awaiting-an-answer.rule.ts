import { BusinessRule } from '@accord/shared/kernel';
export class RequestMustBeAwaitingAnAnswer implements BusinessRule {
  readonly name = 'RequestMustBeAwaitingAnAnswer';
  readonly field = 'status';
  readonly message = 'this request is not waiting for an answer';
  constructor(private readonly status: string) {}

  isBroken(): boolean {
    return this.status !== 'routed';
  }
}
