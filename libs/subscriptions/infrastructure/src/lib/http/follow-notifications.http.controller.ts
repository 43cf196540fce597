import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor, CLOCK, Clock } from '@accord/shared/kernel';
import { FollowNotificationQueries } from '../notifications/follow-notification.queries';
import { FollowNotificationPage } from '../subscription-views';
import { MarkAllReadRequest } from './mark-all-read.request';
import { NotificationListRequest } from './notification-list.request';

/**
 * A person's notifications about what they follow. Kept apart from GET /api/notifications (the
 * organisation's follow-up reminders): one is per person, the other per organisation. Read marks are
 * the person's own view state, not domain facts, so they are no events.
 */
@ApiTags('follows')
@ApiBearerAuth()
@Controller('api/me/follow-notifications')
export class FollowNotificationsHttpController {
  constructor(private readonly notifications: FollowNotificationQueries, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get()
  @Permit('follows.read')
  list(@CurrentActor() actor: Actor, @Query() q: NotificationListRequest): Promise<FollowNotificationPage> {
    return this.notifications.page(actor.personId, q.unread === true, q.page ?? 1, q.pageSize ?? 20);
  }

  @Post('read')
  @HttpCode(200)
  @Permit('follows.manage')
  async readAll(@CurrentActor() actor: Actor, @Body() body: MarkAllReadRequest): Promise<{ read: true }> {
    await this.notifications.markAllRead(actor.personId, new Date(body.upTo), this.clock.now());
    return { read: true };
  }

  @Post(':id/read')
  @HttpCode(200)
  @Permit('follows.manage')
  async read(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<{ id: string; read: true }> {
    await this.notifications.markRead(actor.personId, id, this.clock.now());
    return { id, read: true };
  }
}
