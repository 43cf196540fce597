import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { NotificationQueries } from '../persistence/notification.queries';
import { NotificationView, Page } from '@accord/follow-up/contracts/views';
import { PageQueryRequest } from './page-query.request';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications')
export class NotificationsHttpController {
  constructor(private readonly notifications: NotificationQueries) {}

  @Get()
  @Permit('notifications.read')
  list(@CurrentActor() actor: Actor, @Query() q: PageQueryRequest): Promise<Page<NotificationView>> {
    return this.notifications.page(actor.organisationId, q.page ?? 1, q.pageSize ?? 20);
  }
}
