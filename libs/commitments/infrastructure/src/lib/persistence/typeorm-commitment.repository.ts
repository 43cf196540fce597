import { Inject, Injectable } from '@nestjs/common';
import { CommitmentRepository } from '@accord/commitments/application';
import { Commitment, CommitmentState } from '@accord/commitments/domain';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { CLOCK, Clock, CommandContext, isUuid, NotFound, VersionConflict } from '@accord/shared/kernel';

@Injectable()
export class TypeOrmCommitmentRepository extends CommitmentRepository {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  /** The commitment and, in the same read, the hash of its last event (the outbox chains the next one to it). */
  async getById(id: string): Promise<Commitment> {
    // Outside any transaction while nothing is written yet: save() checks the version it read.
    const [row] = isUuid(id)
      ? await this.uow.read<{ version: number; state: CommitmentState; head: string | null }>(
          `SELECT c.version, c.state,
             (SELECT o.hash FROM messaging.outbox_message o WHERE o.topic = $2 AND o.key = $3 AND o.hash IS NOT NULL ORDER BY o.id DESC LIMIT 1) AS head
           FROM commitments.commitment c WHERE c.id = $1`,
          [id, COMMITMENT_STREAM, id],
        )
      : [];
    if (!row) throw new NotFound('commitment', id);
    this.uow.knowStreamHead(COMMITMENT_STREAM, id, row.head);
    return Commitment.restore(id, row.version, row.state, this.clock);
  }

  async save(commitment: Commitment, context: CommandContext): Promise<void> {
    const state = commitment.snapshot;
    // Neither write is read back before commit: both go out with the outbox insert, in one statement.
    if (commitment.persistedVersion === 0) {
      this.uow.defer({
        sql: `INSERT INTO commitments.commitment (id, owner_organisation_id, status, version, state, created_at, updated_at) VALUES ($1, $2, $3, $4, $5::jsonb, now(), now())`,
        params: [commitment.id, state.owner.organisationId, state.status, commitment.version, JSON.stringify(state)],
      });
    } else {
      const { id, persistedVersion } = commitment;
      this.uow.defer({
        sql: `UPDATE commitments.commitment SET status = $3, version = $4, state = $5::jsonb, updated_at = now() WHERE id = $1 AND version = $2`,
        params: [id, persistedVersion, state.status, commitment.version, JSON.stringify(state)],
        // Someone else saved first (a concurrent writer waits on the row, then finds the version moved).
        expect: { rows: 1, failure: async () => new VersionConflict(id, persistedVersion, await this.currentVersion(id)) },
      });
    }
    this.uow.collect(pendingEnvelopes(commitment, COMMITMENT_STREAM, context, this.clock.now()));
    commitment.markEventsCommitted();
  }

  private async currentVersion(id: string): Promise<number> {
    const [row]: { version: number }[] = await this.uow.manager.query(`SELECT version FROM commitments.commitment WHERE id = $1`, [id]);
    return row?.version ?? 0;
  }
}
