import { Module, OnModuleInit } from '@nestjs/common';
import { COMMITMENT_EVENT_SCHEMAS } from '@accord/commitments/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { EventConsumerHost } from '@accord/shared/messaging';
import { CommitmentBoardHttpController } from './http/commitment-board.http.controller';
import { ReferenceDataHttpController } from './http/reference-data.http.controller';
import { CommitmentBoardQueries } from './persistence/commitment-board.queries';
import { CommitmentBoardProjection } from './projection/commitment-board.projection';

/** The public commitment board read side, hosted by the gateway. Needs LiveModule in the app. */
@Module({
  controllers: [CommitmentBoardHttpController, ReferenceDataHttpController],
  providers: [CommitmentBoardQueries, CommitmentBoardProjection],
  exports: [CommitmentBoardQueries],
})
export class CommitmentBoardModule implements OnModuleInit {
  constructor(registry: EventRegistry, private readonly consumers: EventConsumerHost, private readonly projection: CommitmentBoardProjection) {
    registry.registerAll(COMMITMENT_EVENT_SCHEMAS);
  }

  onModuleInit(): void {
    this.consumers.register(this.projection);
  }
}
