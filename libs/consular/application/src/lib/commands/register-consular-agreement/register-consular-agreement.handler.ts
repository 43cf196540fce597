import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConsularAgreement } from '@accord/consular/domain';
import { CLOCK, Clock, InvalidInput } from '@accord/shared/kernel';
import { ConsularAgreementRepository } from '../../ports/consular-agreement.repository';
import { EnforcementDirectory } from '../../ports/enforcement-directory';
import { actingOrganisation } from '../acting-organisation';
import { ConsularSaved } from '../saved';
import { RegisterConsularAgreementCommand } from './register-consular-agreement.command';

@CommandHandler(RegisterConsularAgreementCommand)
export class RegisterConsularAgreementHandler implements ICommandHandler<RegisterConsularAgreementCommand, ConsularSaved> {
  constructor(private readonly agreements: ConsularAgreementRepository, private readonly enforcement: EnforcementDirectory, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, terms }: RegisterConsularAgreementCommand): Promise<ConsularSaved> {
    const org = actingOrganisation(context);
    for (const party of terms.parties) {
      if (await this.enforcement.isEnforcement(party)) throw new InvalidInput('parties', 'an enforcement body cannot be party to a consular sharing agreement');
    }
    const agreement = ConsularAgreement.register(randomUUID(), { organisationId: org.id, kind: org.kind }, terms, this.clock);
    await this.agreements.save(agreement, context);
    return { id: agreement.id, version: agreement.version };
  }
}
