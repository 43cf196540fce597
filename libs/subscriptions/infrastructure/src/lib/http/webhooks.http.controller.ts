import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { IdempotentResponse, TransactionalCommandBus } from '@accord/shared/messaging';
import { ChangeWebhookStatusCommand, RegisterWebhookCommand, ResendDeliveryCommand, RotateWebhookSecretCommand, WebhookRegistered } from '@accord/subscriptions/application';
import { WebhookQueries } from '../webhooks/webhook.queries';
import { DeliveryView, Page, WebhookView } from '../subscription-views';
import { ChangeWebhookRequest } from './change-webhook.request';
import { commandContext } from './command-context';
import { DeliveryListRequest } from './delivery-list.request';
import { PageRequest } from './page.request';
import { RegisterWebhookRequest } from './register-webhook.request';
import { withholdSecret } from './withhold-secret';

/** An organisation's webhooks: every route is scoped to the caller's organisation (others' are 404). */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('api/webhooks')
export class WebhooksHttpController {
  constructor(private readonly bus: TransactionalCommandBus, private readonly webhooks: WebhookQueries) {}

  @Get()
  @Permit('webhooks.manage')
  list(@CurrentActor() actor: Actor, @Query() q: PageRequest): Promise<Page<WebhookView>> {
    return this.webhooks.page(actor.organisationId, q.page ?? 1, q.pageSize ?? 20);
  }

  /** Answers the signing secret once; it is never shown again (a replay with the same Idempotency-Key answers `secret: null`). */
  @Post()
  @Permit('webhooks.manage')
  @IdempotentResponse(withholdSecret)
  register(@CurrentActor() actor: Actor, @Body() body: RegisterWebhookRequest, @Headers('x-correlation-id') cid?: string): Promise<WebhookRegistered> {
    const f = body.filter ?? {};
    const filter = { streams: f.streams ?? [], eventTypes: f.eventTypes ?? [], targets: (f.targets ?? []).map((t) => ({ kind: t.kind, id: t.id })) };
    return this.bus.execute(new RegisterWebhookCommand(commandContext(actor, cid), body.url, filter));
  }

  @Get(':id')
  @Permit('webhooks.manage')
  one(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<WebhookView> {
    return this.webhooks.one(actor.organisationId, id);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Permit('webhooks.manage')
  change(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ChangeWebhookRequest, @Headers('x-correlation-id') cid?: string): Promise<{ id: string; version: number; active: boolean }> {
    return this.bus.execute(new ChangeWebhookStatusCommand(commandContext(actor, cid), id, body.active));
  }

  /**
   * A new signing secret, answered once like the first; the old one stops signing at once (deliveries
   * sent from now on, retries included, carry the new signature). For a leaked or lost secret.
   */
  @Post(':id/secret')
  @HttpCode(200)
  @Permit('webhooks.manage')
  @IdempotentResponse(withholdSecret)
  rotateSecret(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Headers('x-correlation-id') cid?: string): Promise<WebhookRegistered> {
    return this.bus.execute(new RotateWebhookSecretCommand(commandContext(actor, cid), id));
  }

  @Get(':id/deliveries')
  @Permit('webhooks.manage')
  deliveries(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: DeliveryListRequest): Promise<Page<DeliveryView>> {
    return this.webhooks.deliveries(actor.organisationId, id, q.status, q.page ?? 1, q.pageSize ?? 20);
  }

  @Post(':id/deliveries/:deliveryId/resend')
  @HttpCode(202)
  @Permit('webhooks.manage')
  resend(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('deliveryId', new ParseUUIDPipe()) deliveryId: string,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<{ id: string; status: 'pending' }> {
    return this.bus.execute(new ResendDeliveryCommand(commandContext(actor, cid), id, deliveryId));
  }
}
