import { AgreementTerms } from '@accord/consular/domain';
import { CommandContext } from '@accord/shared/kernel';

export class RegisterConsularAgreementCommand {
  constructor(readonly context: CommandContext, readonly terms: AgreementTerms) {}
}
