import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { COMMITMENTS_COMMAND_HANDLERS, CommitmentRepository, KnownOrganisations } from '@accord/commitments/application';
import { COMMITMENT_EVENT_SCHEMAS } from '@accord/commitments/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { CommitmentsHttpController } from './http/commitments.http.controller';
import { DemoWorldOrganisations } from './organisations/demo-world-organisations';
import { TypeOrmCommitmentRepository } from './persistence/typeorm-commitment.repository';

/** The commitments write side: hosted by every stakeholder service whose organisations log commitments. */
@Module({
  imports: [CqrsModule],
  controllers: [CommitmentsHttpController],
  providers: [
    ...COMMITMENTS_COMMAND_HANDLERS,
    { provide: CommitmentRepository, useClass: TypeOrmCommitmentRepository },
    { provide: KnownOrganisations, useClass: DemoWorldOrganisations },
  ],
})
export class CommitmentsWriteModule {
  constructor(registry: EventRegistry) {
    registry.registerAll(COMMITMENT_EVENT_SCHEMAS);
  }
}
