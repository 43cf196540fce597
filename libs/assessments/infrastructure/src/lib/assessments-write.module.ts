import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ASSESSMENTS_COMMAND_HANDLERS, AssessmentRepository, CommitmentOwners } from '@accord/assessments/application';
import { ASSESSMENT_EVENT_SCHEMAS } from '@accord/assessments/contracts';
import { COMMITMENT_EVENT_SCHEMAS } from '@accord/commitments/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { EventConsumerHost } from '@accord/shared/messaging';
import { CommitmentOwnersProjection } from './commitment-owners/commitment-owners.projection';
import { TypeOrmCommitmentOwners } from './commitment-owners/typeorm-commitment-owners';
import { AssessmentsHttpController } from './http/assessments.http.controller';
import { TypeOrmAssessmentRepository } from './persistence/typeorm-assessment.repository';

/** The assessments write side, hosted by the civil society service; it consumes the commitments stream. */
@Module({
  imports: [CqrsModule],
  controllers: [AssessmentsHttpController],
  providers: [
    ...ASSESSMENTS_COMMAND_HANDLERS,
    CommitmentOwnersProjection,
    { provide: AssessmentRepository, useClass: TypeOrmAssessmentRepository },
    { provide: CommitmentOwners, useClass: TypeOrmCommitmentOwners },
  ],
})
export class AssessmentsWriteModule implements OnModuleInit {
  constructor(registry: EventRegistry, private readonly consumers: EventConsumerHost, private readonly owners: CommitmentOwnersProjection) {
    registry.registerAll(ASSESSMENT_EVENT_SCHEMAS).registerAll(COMMITMENT_EVENT_SCHEMAS);
  }

  onModuleInit(): void {
    this.consumers.register(this.owners);
  }
}
