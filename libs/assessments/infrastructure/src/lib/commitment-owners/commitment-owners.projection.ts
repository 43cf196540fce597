import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMITMENT_STREAM, CommitmentCoOwnerAddedV1, CommitmentLoggedV1 } from '@accord/commitments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';

/** Learns who owns each commitment from CommitmentLogged, and its co-owners from CommitmentCoOwnerAdded. */
@Injectable()
export class CommitmentOwnersProjection {
  readonly name = 'assessments.commitment-owners';
  readonly topics = [COMMITMENT_STREAM];

  async apply(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (envelope.type === 'CommitmentCoOwnerAdded') {
      const { payload } = envelope as CommitmentCoOwnerAddedV1;
      await manager.query(
        `INSERT INTO assessments.commitment_co_owner (commitment_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [payload.commitmentId, payload.coOwner.organisationId],
      );
      return;
    }
    if (envelope.type !== 'CommitmentLogged') return;
    const { payload } = envelope as CommitmentLoggedV1;
    await manager.query(
      `INSERT INTO assessments.commitment_owner (commitment_id, owner_organisation_id) VALUES ($1, $2) ON CONFLICT (commitment_id) DO NOTHING`,
      [payload.commitmentId, payload.owner.organisationId],
    );
  }
}
