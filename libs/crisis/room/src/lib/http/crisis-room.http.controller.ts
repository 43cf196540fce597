import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permit, Public } from '@accord/shared/auth';
import { Actor, NotFound } from '@accord/shared/kernel';
import { viewerOf } from '../access/room-viewer';
import { AlertListEntry, CrisisRoomView, Page, TaskView } from '@accord/crisis/contracts/views';
import { AlertQueries } from '../persistence/alert.queries';
import { RoomQueries } from '../persistence/room.queries';
import { TaskQueries } from '../persistence/task.queries';
import { AlertListRequest } from './alert-list.request';
import { TaskListRequest } from './task-list.request';

@ApiTags('crisis-room')
@Controller('api/crisis-room')
export class CrisisRoomHttpController {
  constructor(private readonly alerts: AlertQueries, private readonly rooms: RoomQueries, private readonly tasks: TaskQueries) {}

  @Get('alerts')
  @Public()
  list(@Query() query: AlertListRequest): Promise<Page<AlertListEntry>> {
    return this.alerts.page({ country: query.country, status: query.status, page: query.page ?? 1, pageSize: query.pageSize ?? 20 });
  }

  /** Public part for everyone; the room details only for concerned organisations, agencies and secretariats. */
  @Get('alerts/:id')
  @Public()
  async room(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor({ optional: true }) actor?: Actor): Promise<CrisisRoomView> {
    const view = await this.rooms.view(id, viewerOf(actor));
    if (!view) throw new NotFound('crisis alert', id);
    return view;
  }

  @Get('tasks')
  @Permit('crisis.tasks.read')
  openTasks(@CurrentActor() actor: Actor, @Query() query: TaskListRequest): Promise<Page<TaskView>> {
    return this.tasks.openFor(actor.organisationId, query.page ?? 1, query.pageSize ?? 20);
  }
}
