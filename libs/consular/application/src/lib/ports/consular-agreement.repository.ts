import { AgreementTerms, ConsularAgreement } from '@accord/consular/domain';
import { CommandContext } from '@accord/shared/kernel';

export abstract class ConsularAgreementRepository {
  abstract save(agreement: ConsularAgreement, context: CommandContext): Promise<void>;
  abstract covering(country: string): Promise<AgreementTerms[]>;
}
