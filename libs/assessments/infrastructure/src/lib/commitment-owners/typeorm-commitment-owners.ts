import { Injectable } from '@nestjs/common';
import { CommitmentOwners } from '@accord/assessments/application';
import { UnitOfWork } from '@accord/shared/messaging';

@Injectable()
export class TypeOrmCommitmentOwners extends CommitmentOwners {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async ownerOf(commitmentId: string): Promise<string | null> {
    const rows: { owner_organisation_id: string }[] = await this.uow.manager.query(
      'SELECT owner_organisation_id FROM assessments.commitment_owner WHERE commitment_id = $1',
      [commitmentId],
    );
    return rows[0]?.owner_organisation_id ?? null;
  }
}
