import { Injectable } from '@nestjs/common';
import { CaseVault, NationalCase, StoredCase } from '@accord/consular/application';
import { UnitOfWork } from '@accord/shared/messaging';
import { CaseCipher } from '../crypto/case-cipher';
import { CaseRecordOrmEntity } from './case-record.orm-entity';

const associated = (requestId: string, caseId: string) => `${requestId}:${caseId}`;

/** The people's data, sealed per person; nothing about a person is stored in clear. */
@Injectable()
export class EncryptedCaseVault extends CaseVault {
  constructor(private readonly uow: UnitOfWork, private readonly cipher: CaseCipher) {
    super();
  }

  async store(requestId: string, cases: readonly StoredCase[]): Promise<void> {
    const rows = cases.map(({ caseId, ...person }) => {
      const { keyId, sealed } = this.cipher.seal(JSON.stringify(person), associated(requestId, caseId));
      return { caseId, requestId, keyId, sealed, purgedAt: null };
    });
    if (rows.length) await this.uow.manager.getRepository(CaseRecordOrmEntity).insert(rows);
  }

  async read(requestId: string): Promise<StoredCase[]> {
    const rows = await this.uow.manager.getRepository(CaseRecordOrmEntity).find({ where: { requestId }, order: { caseId: 'ASC' } });
    return rows
      .filter((r): r is CaseRecordOrmEntity & { keyId: string; sealed: string } => r.keyId !== null && r.sealed !== null)
      .map((r) => ({ caseId: r.caseId, ...(JSON.parse(this.cipher.open({ keyId: r.keyId, sealed: r.sealed }, associated(requestId, r.caseId))) as NationalCase) }));
  }

  async purge(requestId: string): Promise<number> {
    const result = await this.uow.manager.query(
      'UPDATE consular.case_record SET key_id = NULL, sealed = NULL, purged_at = now() WHERE request_id = $1 AND purged_at IS NULL RETURNING case_id',
      [requestId],
    );
    return Array.isArray(result[0]) ? result[0].length : 0;
  }
}
