import { Inject, Injectable } from '@nestjs/common';
import { CommitmentRepository } from '@accord/commitments/application';
import { Commitment } from '@accord/commitments/domain';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { CLOCK, Clock, CommandContext, NotFound, VersionConflict } from '@accord/shared/kernel';
import { CommitmentOrmEntity } from './commitment.orm-entity';

@Injectable()
export class TypeOrmCommitmentRepository extends CommitmentRepository {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  async getById(id: string): Promise<Commitment> {
    const row = await this.uow.manager.findOne(CommitmentOrmEntity, { where: { id } });
    if (!row) throw new NotFound('commitment', id);
    return Commitment.restore(row.id, row.version, row.state, this.clock);
  }

  async save(commitment: Commitment, context: CommandContext): Promise<void> {
    const state = commitment.snapshot;
    const repo = this.uow.manager.getRepository(CommitmentOrmEntity);
    if (commitment.persistedVersion === 0) {
      // Nothing reads a new commitment back before commit: its row goes out with the outbox insert.
      this.uow.defer({
        sql: `INSERT INTO commitments.commitment (id, owner_organisation_id, status, version, state, created_at, updated_at) VALUES ($1, $2, $3, $4, $5::jsonb, now(), now())`,
        params: [commitment.id, state.owner.organisationId, state.status, commitment.version, JSON.stringify(state)],
      });
    } else {
      const result = await repo.update(
        { id: commitment.id, version: commitment.persistedVersion },
        { status: state.status, version: commitment.version, state },
      );
      if (!result.affected) {
        const current = await repo.findOne({ where: { id: commitment.id }, select: { version: true } });
        throw new VersionConflict(commitment.id, commitment.persistedVersion, current?.version ?? 0);
      }
    }
    this.uow.collect(pendingEnvelopes(commitment, COMMITMENT_STREAM, context, this.clock.now()));
    commitment.markEventsCommitted();
  }
}
