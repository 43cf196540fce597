import { Injectable } from '@nestjs/common';
import { CommitmentOwners } from '@accord/assessments/application';
import { UnitOfWork } from '@accord/shared/messaging';

@Injectable()
export class TypeOrmCommitmentOwners extends CommitmentOwners {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async ownersOf(commitmentId: string): Promise<readonly string[] | null> {
    const rows: { owner_organisation_id: string; co_owners: string[] }[] = await this.uow.manager.query(
      `SELECT o.owner_organisation_id,
              ARRAY(SELECT c.organisation_id FROM assessments.commitment_co_owner c WHERE c.commitment_id = o.commitment_id ORDER BY c.organisation_id) AS co_owners
         FROM assessments.commitment_owner o WHERE o.commitment_id = $1`,
      [commitmentId],
    );
    return rows[0] ? [rows[0].owner_organisation_id, ...rows[0].co_owners] : null;
  }
}
