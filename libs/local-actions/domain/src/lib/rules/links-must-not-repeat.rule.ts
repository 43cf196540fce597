import { BusinessRule } from '@accord/shared/kernel';

export class LinksMustNotRepeat implements BusinessRule {
  readonly name = 'LinksMustNotRepeat';
  readonly message = 'link each commitment and recommendation at most once';
  constructor(readonly field: 'commitmentIds' | 'recommendationIds', private readonly ids: readonly string[]) {}
  isBroken(): boolean {
    return new Set(this.ids).size !== this.ids.length;
  }
}
