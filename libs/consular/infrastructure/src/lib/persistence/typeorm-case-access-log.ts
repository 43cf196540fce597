import { Injectable } from '@nestjs/common';
import { CaseAccess, CaseAccessLog } from '@accord/consular/application';
import { UnitOfWork } from '@accord/shared/messaging';
import { CaseAccessLogOrmEntity } from './case-access-log.orm-entity';

/** Written in the same transaction as the read or change it records. */
@Injectable()
export class TypeOrmCaseAccessLog extends CaseAccessLog {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async record(a: CaseAccess): Promise<void> {
    await this.uow.manager.getRepository(CaseAccessLogOrmEntity).insert({
      personId: a.personId, organisationId: a.organisationId, requestId: a.requestId, caseIds: a.caseIds, action: a.action, purpose: a.purpose, legalBasis: a.legalBases, at: a.at,
    });
  }
}
