import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMITMENT_STREAM, CommitmentCoOwnerAddedV1, CommitmentLoggedV1 } from '@accord/commitments/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { runCombined, SqlStatement } from '@accord/shared/messaging';

/** Learns who owns each commitment from CommitmentLogged, and its co-owners from CommitmentCoOwnerAdded. */
@Injectable()
export class CommitmentOwnersProjection {
  readonly name = 'assessments.commitment-owners';
  readonly topics = [COMMITMENT_STREAM];

  async apply(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    await runCombined(manager, await this.applyBatch([envelope]));
  }

  /** Pure inserts: handed back to go out with the batch's other final writes. */
  async applyBatch(envelopes: readonly EventEnvelope[]): Promise<SqlStatement[]> {
    const owners = envelopes.filter((e): e is CommitmentLoggedV1 => e.type === 'CommitmentLogged').map((e) => e.payload);
    const coOwners = envelopes.filter((e): e is CommitmentCoOwnerAddedV1 => e.type === 'CommitmentCoOwnerAdded').map((e) => e.payload);
    const statements: SqlStatement[] = [];
    if (owners.length > 0) {
      statements.push({
        sql: `INSERT INTO assessments.commitment_owner (commitment_id, owner_organisation_id) SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT (commitment_id) DO NOTHING`,
        params: [owners.map((p) => p.commitmentId), owners.map((p) => p.owner.organisationId)],
      });
    }
    if (coOwners.length > 0) {
      statements.push({
        sql: `INSERT INTO assessments.commitment_co_owner (commitment_id, organisation_id) SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING`,
        params: [coOwners.map((p) => p.commitmentId), coOwners.map((p) => p.coOwner.organisationId)],
      });
    }
    return statements;
  }
}
