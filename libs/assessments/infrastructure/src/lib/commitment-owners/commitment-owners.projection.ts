import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMITMENT_STREAM, CommitmentLoggedV1 } from '@accord/commitments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';

/** Learns who owns each commitment from CommitmentLogged; ownership never changes after that. */
@Injectable()
export class CommitmentOwnersProjection {
  readonly name = 'assessments.commitment-owners';
  readonly topics = [COMMITMENT_STREAM];

  async apply(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (envelope.type !== 'CommitmentLogged') return;
    const { payload } = envelope as CommitmentLoggedV1;
    await manager.query(
      `INSERT INTO assessments.commitment_owner (commitment_id, owner_organisation_id) VALUES ($1, $2) ON CONFLICT (commitment_id) DO NOTHING`,
      [payload.commitmentId, payload.owner.organisationId],
    );
  }
}
