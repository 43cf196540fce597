import { Inject, Injectable } from '@nestjs/common';
import { AssessmentRepository } from '@accord/assessments/application';
import { Assessment } from '@accord/assessments/domain';
import { ASSESSMENT_STREAM } from '@accord/assessments/contracts';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { CLOCK, Clock, CommandContext, NotFound, VersionConflict } from '@accord/shared/kernel';
import { AssessmentOrmEntity } from './assessment.orm-entity';

@Injectable()
export class TypeOrmAssessmentRepository extends AssessmentRepository {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  async getById(id: string): Promise<Assessment> {
    const row = await this.uow.manager.findOne(AssessmentOrmEntity, { where: { id } });
    if (!row) throw new NotFound('assessment', id);
    return Assessment.restore(row.id, row.version, row.state, this.clock);
  }

  async save(assessment: Assessment, context: CommandContext): Promise<void> {
    const state = assessment.snapshot;
    const repo = this.uow.manager.getRepository(AssessmentOrmEntity);
    if (assessment.persistedVersion === 0) {
      await repo.insert({ id: assessment.id, commitmentId: state.commitment.id, assessorOrganisationId: state.assessor.organisationId, version: assessment.version, state });
    } else {
      const result = await repo.update({ id: assessment.id, version: assessment.persistedVersion }, { version: assessment.version, state });
      if (!result.affected) {
        const current = await repo.findOne({ where: { id: assessment.id }, select: { version: true } });
        throw new VersionConflict(assessment.id, assessment.persistedVersion, current?.version ?? 0);
      }
    }
    this.uow.collect(pendingEnvelopes(assessment, ASSESSMENT_STREAM, context));
    assessment.markEventsCommitted();
  }
}
