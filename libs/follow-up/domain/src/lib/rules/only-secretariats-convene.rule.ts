import { BusinessRule } from '@accord/shared/kernel';

export class OnlySecretariatsConvene implements BusinessRule {
  readonly name = 'OnlySecretariatsConvene';
  readonly message = 'only a secretariat of a process convenes an emergency consultation';
  constructor(private readonly kind: string) {}
  isBroken(): boolean {
    return this.kind !== 'secretariat';
  }
}
