import { BusinessRule } from '@accord/shared/kernel';

export class AContestedStatusNeedsEvidence implements BusinessRule {
  readonly name = 'AContestedStatusNeedsEvidence';
  readonly field = 'evidenceUrls';
  readonly message = 'to dispute the owner\'s status, link at least one piece of evidence';
  constructor(private readonly contested: string | null, private readonly evidence: readonly string[]) {}
  isBroken(): boolean {
    return this.contested !== null && this.evidence.length === 0;
  }
}
