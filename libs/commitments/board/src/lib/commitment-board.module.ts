import { Module, OnModuleInit } from '@nestjs/common';
import { ASSESSMENT_EVENT_SCHEMAS } from '@accord/assessments/contracts';
import { COMMITMENT_EVENT_SCHEMAS } from '@accord/commitments/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { EventConsumerHost } from '@accord/shared/messaging';
import { CommitmentExportHttpController } from './export/commitment-export.http.controller';
import { CommitmentExportQueries } from './export/commitment-export.queries';
import { CommitmentBoardHttpController } from './http/commitment-board.http.controller';
import { ReferenceDataHttpController } from './http/reference-data.http.controller';
import { CommitmentBoardQueries } from './persistence/commitment-board.queries';
import { BoardDisputeProjection } from './projection/board-dispute.projection';
import { CommitmentBoardProjection } from './projection/commitment-board.projection';
import { GeoReferenceHttpController } from './reference/geo-reference.http.controller';
import { TimeTravelQueries } from './time-travel/time-travel.queries';

/** The public commitment board read side, hosted by the gateway. Needs LiveModule in the app. */
@Module({
  // The export controller first: its static paths must not be read as the board's `:id`.
  controllers: [CommitmentExportHttpController, CommitmentBoardHttpController, ReferenceDataHttpController, GeoReferenceHttpController],
  providers: [CommitmentBoardQueries, CommitmentBoardProjection, CommitmentExportQueries, BoardDisputeProjection, TimeTravelQueries],
  exports: [CommitmentBoardQueries],
})
export class CommitmentBoardModule implements OnModuleInit {
  constructor(
    registry: EventRegistry,
    private readonly consumers: EventConsumerHost,
    private readonly projection: CommitmentBoardProjection,
    private readonly disputes: BoardDisputeProjection,
  ) {
    registry.registerAll(COMMITMENT_EVENT_SCHEMAS);
    registry.registerAll(ASSESSMENT_EVENT_SCHEMAS);
  }

  onModuleInit(): void {
    this.consumers.register(this.projection);
    this.consumers.register(this.disputes);
  }
}
