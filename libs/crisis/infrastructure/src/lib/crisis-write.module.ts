import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CRISIS_COMMAND_HANDLERS, CrisisAlertRepository, FieldReportRepository, PresenceReportRepository } from '@accord/crisis/application';
import { CRISIS_EVENT_SCHEMAS } from '@accord/crisis/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { CapHttpController } from './http/cap.http.controller';
import { CrisisAlertsHttpController } from './http/crisis-alerts.http.controller';
import { FieldReportsHttpController } from './http/field-reports.http.controller';
import { XmlBodyParser } from './http/xml-body-parser';
import { CrisisAlertQueries } from './persistence/crisis-alert.queries';
import { TypeOrmFieldReportRepository } from './persistence/typeorm-field-report.repository';
import { TypeOrmCrisisAlertRepository } from './persistence/typeorm-crisis-alert.repository';
import { TypeOrmPresenceReportRepository } from './persistence/typeorm-presence-report.repository';

/** The crisis alerts write side (agencies-service): alerts, presence reports, CAP import/export/feed. */
@Module({
  imports: [CqrsModule],
  controllers: [CapHttpController, CrisisAlertsHttpController, FieldReportsHttpController],
  providers: [
    ...CRISIS_COMMAND_HANDLERS,
    XmlBodyParser,
    CrisisAlertQueries,
    { provide: CrisisAlertRepository, useClass: TypeOrmCrisisAlertRepository },
    { provide: PresenceReportRepository, useClass: TypeOrmPresenceReportRepository },
    { provide: FieldReportRepository, useClass: TypeOrmFieldReportRepository },
  ],
})
export class CrisisWriteModule {
  constructor(registry: EventRegistry) {
    registry.registerAll(CRISIS_EVENT_SCHEMAS);
  }
}
