import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EVACUATIONS_COMMAND_HANDLERS, EvacuationOperationRepository } from '@accord/evacuations/application';
import { EVACUATION_EVENT_SCHEMAS } from '@accord/evacuations/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { EvacuationsHttpController } from './http/evacuations.http.controller';
import { TypeOrmEvacuationOperationRepository } from './persistence/typeorm-evacuation-operation.repository';

/** Evacuation and repatriation operations (agencies-service). */
@Module({
  imports: [CqrsModule],
  controllers: [EvacuationsHttpController],
  providers: [...EVACUATIONS_COMMAND_HANDLERS, { provide: EvacuationOperationRepository, useClass: TypeOrmEvacuationOperationRepository }],
})
export class EvacuationsWriteModule {
  constructor(registry: EventRegistry) {
    registry.registerAll(EVACUATION_EVENT_SCHEMAS);
  }
}
