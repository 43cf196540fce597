import { BusinessRule } from '@accord/shared/kernel';
export class OnlyTheAssigneeMayAnswer implements BusinessRule {
  readonly name = 'OnlyTheAssigneeMayAnswer';
  readonly field = 'organisation';
  readonly message = 'only the State or agency this request is routed to may answer it';
  constructor(private readonly assignee: string | null, private readonly actingFor: string) {}

  isBroken(): boolean {
    return this.assignee !== this.actingFor;
  }
}
