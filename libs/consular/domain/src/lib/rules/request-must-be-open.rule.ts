import { BusinessRule } from '@accord/shared/kernel';
export class RequestMustBeOpen implements BusinessRule {
  readonly name = 'RequestMustBeOpen';
  readonly field = 'status';
  readonly message = 'this request is closed';
  constructor(private readonly status: string) {}

  isBroken(): boolean {
    return this.status === 'closed';
  }
}
