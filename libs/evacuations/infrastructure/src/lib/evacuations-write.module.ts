import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CapacityCandidates, CapacityOfferRepository, CapacityRequestRepository, EVACUATIONS_COMMAND_HANDLERS, EvacuationOperationRepository } from '@accord/evacuations/application';
import { EVACUATION_EVENT_SCHEMAS } from '@accord/evacuations/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { CapacityReader } from './capacity/capacity.reader';
import { CapacityHttpController } from './http/capacity.http.controller';
import { EvacuationsHttpController } from './http/evacuations.http.controller';
import { TypeOrmCapacityCandidates } from './persistence/typeorm-capacity-candidates';
import { TypeOrmCapacityOfferRepository } from './persistence/typeorm-capacity-offer.repository';
import { TypeOrmCapacityRequestRepository } from './persistence/typeorm-capacity-request.repository';
import { TypeOrmEvacuationOperationRepository } from './persistence/typeorm-evacuation-operation.repository';

/** Evacuation and repatriation operations and their transport capacity exchange (agencies-service). */
@Module({
  imports: [CqrsModule],
  controllers: [EvacuationsHttpController, CapacityHttpController],
  providers: [
    ...EVACUATIONS_COMMAND_HANDLERS,
    { provide: EvacuationOperationRepository, useClass: TypeOrmEvacuationOperationRepository },
    { provide: CapacityOfferRepository, useClass: TypeOrmCapacityOfferRepository },
    { provide: CapacityRequestRepository, useClass: TypeOrmCapacityRequestRepository },
    { provide: CapacityCandidates, useClass: TypeOrmCapacityCandidates },
    CapacityReader,
  ],
})
export class EvacuationsWriteModule {
  constructor(registry: EventRegistry) {
    registry.registerAll(EVACUATION_EVENT_SCHEMAS);
  }
}
