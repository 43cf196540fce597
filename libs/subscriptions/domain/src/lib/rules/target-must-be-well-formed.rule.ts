import { BusinessRule } from '@accord/shared/kernel';
import { FOLLOW_TARGET_KINDS, isFollowTargetKind, isWellFormedTargetId } from '../follow/follow-target';

export class TargetMustBeWellFormedRule implements BusinessRule {
  readonly name = 'TargetMustBeWellFormed';
  readonly field: string;
  readonly message: string;

  constructor(private readonly kind: string, private readonly id: string) {
    const kindOk = isFollowTargetKind(kind);
    this.field = kindOk ? 'id' : 'kind';
    this.message = kindOk ? `a ${kind} id is ${kind === 'organisation' ? 'a directory id such as state-bd' : 'a uuid'}` : `kind is one of ${FOLLOW_TARGET_KINDS.join(', ')}`;
  }

  isBroken(): boolean {
    return !isFollowTargetKind(this.kind) || !isWellFormedTargetId(this.kind, this.id);
  }
}
