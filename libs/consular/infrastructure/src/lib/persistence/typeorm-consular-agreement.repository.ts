import { Injectable } from '@nestjs/common';
import { ConsularAgreementRepository } from '@accord/consular/application';
import { CONSULAR_AGREEMENT_STREAM } from '@accord/consular/contracts';
import { AgreementTerms, ConsularAgreement } from '@accord/consular/domain';
import { CommandContext } from '@accord/shared/kernel';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { ConsularAgreementOrmEntity } from './consular-agreement.orm-entity';

@Injectable()
export class TypeOrmConsularAgreementRepository extends ConsularAgreementRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async save(agreement: ConsularAgreement, context: CommandContext): Promise<void> {
    const t = agreement.terms;
    await this.uow.manager.getRepository(ConsularAgreementOrmEntity).insert({ id: agreement.id, parties: t.parties, countries: t.countries, terms: t });
    this.uow.collect(pendingEnvelopes(agreement, CONSULAR_AGREEMENT_STREAM, context));
    agreement.markEventsCommitted();
  }

  async covering(country: string): Promise<AgreementTerms[]> {
    const rows: { terms: AgreementTerms }[] = await this.uow.manager.query('SELECT terms FROM consular.agreement WHERE $1 = ANY(countries) ORDER BY created_at, id', [country]);
    return rows.map((r) => r.terms);
  }
}
