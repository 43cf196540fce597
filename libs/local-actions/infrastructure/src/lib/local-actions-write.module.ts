import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { LOCAL_ACTIONS_COMMAND_HANDLERS, LocalActionRepository } from '@accord/local-actions/application';
import { LOCAL_ACTION_EVENT_SCHEMAS } from '@accord/local-actions/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { LocalActionsHttpController } from './http/local-actions.http.controller';
import { TypeOrmLocalActionRepository } from './persistence/typeorm-local-action.repository';

/** The local-actions write side, hosted by the cities service (and the platform). */
@Module({
  imports: [CqrsModule],
  controllers: [LocalActionsHttpController],
  providers: [...LOCAL_ACTIONS_COMMAND_HANDLERS, { provide: LocalActionRepository, useClass: TypeOrmLocalActionRepository }],
})
export class LocalActionsWriteModule {
  constructor(registry: EventRegistry) {
    registry.registerAll(LOCAL_ACTION_EVENT_SCHEMAS);
  }
}
