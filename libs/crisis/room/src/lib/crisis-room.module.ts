import { Module, OnModuleInit } from '@nestjs/common';
import { CONSULAR_EVENT_SCHEMAS } from '@accord/consular/contracts';
import { CRISIS_EVENT_SCHEMAS } from '@accord/crisis/contracts';
import { EVACUATION_EVENT_SCHEMAS } from '@accord/evacuations/contracts';
import { FOLLOW_UP_EVENT_SCHEMAS } from '@accord/follow-up/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { EventConsumerHost } from '@accord/shared/messaging';
import { CrisisRoomHttpController } from './http/crisis-room.http.controller';
import { FieldReportsReadHttpController } from './http/field-reports.http.controller';
import { AlertQueries } from './persistence/alert.queries';
import { ConcernedQueries } from './persistence/concerned.queries';
import { FieldReportQueries } from './persistence/field-report.queries';
import { RoomQueries } from './persistence/room.queries';
import { TaskQueries } from './persistence/task.queries';
import { ConsularRequestChanges } from './projection/consular-request.changes';
import { ConsularRoutingProjection } from './projection/consular-routing.projection';
import { CrisisAlertsProjection } from './projection/crisis-alerts.projection';
import { CrisisRoomPusher } from './projection/crisis-room.pusher';
import { EvacuationProgressProjection } from './projection/evacuation-progress.projection';
import { ExposureWriter } from './projection/exposure.writer';
import { FieldReportsProjection } from './projection/field-reports.projection';
import { PresenceProjection } from './projection/presence.projection';
import { CrisisRoomRebuild } from './rebuild/crisis-room.rebuild';
import { CapacityRoomProjection } from './regional/capacity-room.projection';
import { ConsultationRoomProjection } from './regional/consultation-room.projection';
import { RegionalResponseHttpController } from './regional/regional-response.http.controller';
import { RegionalResponseQueries } from './regional/regional-response.queries';

/** The crisis room read side (J5–J8), hosted by the gateway. Needs LiveModule and the auth module in the app. */
@Module({
  controllers: [CrisisRoomHttpController, FieldReportsReadHttpController, RegionalResponseHttpController],
  providers: [
    AlertQueries, ConcernedQueries, RoomQueries, TaskQueries, FieldReportQueries, FieldReportsProjection, ExposureWriter, CrisisRoomPusher, ConsularRequestChanges,
    CrisisAlertsProjection, PresenceProjection, ConsularRoutingProjection, EvacuationProgressProjection, CrisisRoomRebuild,
    RegionalResponseQueries, ConsultationRoomProjection, CapacityRoomProjection,
  ],
  exports: [AlertQueries, RoomQueries, TaskQueries, CrisisRoomRebuild],
})
export class CrisisRoomModule implements OnModuleInit {
  constructor(
    registry: EventRegistry,
    private readonly consumers: EventConsumerHost,
    private readonly alerts: CrisisAlertsProjection,
    private readonly presence: PresenceProjection,
    private readonly consular: ConsularRoutingProjection,
    private readonly evacuations: EvacuationProgressProjection,
    private readonly fieldReports: FieldReportsProjection,
    private readonly consultations: ConsultationRoomProjection,
    private readonly capacity: CapacityRoomProjection,
  ) {
    registry.registerAll([...CRISIS_EVENT_SCHEMAS, ...CONSULAR_EVENT_SCHEMAS, ...EVACUATION_EVENT_SCHEMAS, ...FOLLOW_UP_EVENT_SCHEMAS]);
  }

  onModuleInit(): void {
    [this.alerts, this.presence, this.consular, this.evacuations, this.fieldReports, this.consultations, this.capacity].forEach((p) => this.consumers.register(p));
  }
}
