import { Inject, Injectable } from '@nestjs/common';
import { ConsularRequestRepository } from '@accord/consular/application';
import { CONSULAR_REQUEST_STREAM } from '@accord/consular/contracts';
import { ConsularRequest } from '@accord/consular/domain';
import { CLOCK, Clock, CommandContext, NotFound, VersionConflict } from '@accord/shared/kernel';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { ConsularRequestOrmEntity } from './consular-request.orm-entity';

const date = (iso: string | null) => (iso ? new Date(iso) : null);

@Injectable()
export class TypeOrmConsularRequestRepository extends ConsularRequestRepository {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  async getById(id: string): Promise<ConsularRequest> {
    const row = await this.uow.manager.findOne(ConsularRequestOrmEntity, { where: { id } });
    if (!row) throw new NotFound('consular request', id);
    return ConsularRequest.restore(row.id, row.version, row.state, this.clock);
  }

  async save(request: ConsularRequest, context: CommandContext): Promise<void> {
    const s = request.snapshot;
    const repo = this.uow.manager.getRepository(ConsularRequestOrmEntity);
    const columns = {
      assigneeOrganisationId: s.assignee?.organisationId ?? null, status: s.status, answerDueAt: date(s.answerDueAt),
      closedAt: date(s.closedAt), purgedAt: date(s.purgedAt), version: request.version, state: s,
    };
    if (request.persistedVersion === 0) {
      await repo.insert({ id: request.id, requesterOrganisationId: s.requester, ...columns });
    } else {
      const result = await repo.update({ id: request.id, version: request.persistedVersion }, columns);
      if (!result.affected) {
        const current = await repo.findOne({ where: { id: request.id }, select: { version: true } });
        throw new VersionConflict(request.id, request.persistedVersion, current?.version ?? 0);
      }
    }
    this.uow.collect(pendingEnvelopes(request, CONSULAR_REQUEST_STREAM, context));
    request.markEventsCommitted();
  }

  async overdue(now: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.uow.manager.query(
      `SELECT id FROM consular.consular_request WHERE status = 'routed' AND answer_due_at IS NOT NULL AND answer_due_at <= $1 ORDER BY answer_due_at LIMIT ${Math.trunc(limit)}`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  async purgeable(closedBefore: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.uow.manager.query(
      `SELECT id FROM consular.consular_request WHERE status = 'closed' AND purged_at IS NULL AND closed_at <= $1 ORDER BY closed_at LIMIT ${Math.trunc(limit)}`,
      [closedBefore],
    );
    return rows.map((r) => r.id);
  }
}
