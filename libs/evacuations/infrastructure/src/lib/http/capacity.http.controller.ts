import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Header, Headers, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnswerCapacityMatchCommand, CapacitySaved, MatchCapacityCommand, OfferCapacityCommand, OperationSaved, RequestCapacityCommand } from '@accord/evacuations/application';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor, CommandContext } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { CapacityReader } from '../capacity/capacity.reader';
import { CapacityPage, MatchView, OfferView, RequestView } from '../capacity/capacity-views';
import { CapacityPageRequest } from './capacity-page.request';
import { MatchCapacityRequest } from './match-capacity.request';
import { OfferCapacityRequest } from './offer-capacity.request';
import { RequestCapacityRequest } from './request-capacity.request';

const context = (actor: Actor, cid?: string): CommandContext => ({ actor, correlationId: cid?.slice(0, 100) || randomUUID() });

/** Transport capacity exchange of an evacuation operation: seats offered, requested, matched and confirmed. */
@ApiTags('evacuations')
@ApiBearerAuth()
@Controller('api/evacuations/:operationId/capacity')
export class CapacityHttpController {
  constructor(private readonly bus: TransactionalCommandBus, private readonly reader: CapacityReader) {}

  @Post('offers')
  @Permit('capacity.offer')
  offer(@CurrentActor() actor: Actor, @Param('operationId', new ParseUUIDPipe()) operationId: string, @Body() body: OfferCapacityRequest, @Headers('x-correlation-id') cid?: string): Promise<CapacitySaved> {
    const terms = { operationId, from: body.from.trim(), to: body.to.trim(), departureDate: body.departureDate, seats: body.seats, mode: body.mode ?? 'air' };
    return this.bus.execute(new OfferCapacityCommand(context(actor, cid), terms));
  }

  @Post('requests')
  @Permit('capacity.request')
  request(@CurrentActor() actor: Actor, @Param('operationId', new ParseUUIDPipe()) operationId: string, @Body() body: RequestCapacityRequest, @Headers('x-correlation-id') cid?: string): Promise<CapacitySaved> {
    const passengers = body.passengers.map((p) => ({ nationality: p.nationality, count: p.count }));
    const terms = { operationId, from: body.from.trim(), to: body.to.trim(), earliestDate: body.earliestDate, latestDate: body.latestDate, passengers };
    return this.bus.execute(new RequestCapacityCommand(context(actor, cid), terms));
  }

  @Post('matches')
  @Permit('capacity.match')
  match(@CurrentActor() actor: Actor, @Param('operationId', new ParseUUIDPipe()) operationId: string, @Body() body: MatchCapacityRequest, @Headers('x-correlation-id') cid?: string): Promise<OperationSaved> {
    return this.bus.execute(new MatchCapacityCommand(context(actor, cid), operationId, body.offerId, body.requestId, body.seats, body.offerVersion));
  }

  @Post('matches/:matchId/confirm')
  @Permit('capacity.match.answer')
  confirm(
    @CurrentActor() actor: Actor,
    @Param('operationId', new ParseUUIDPipe()) operationId: string,
    @Param('matchId', new ParseUUIDPipe()) matchId: string,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<OperationSaved> {
    return this.bus.execute(new AnswerCapacityMatchCommand(context(actor, cid), operationId, matchId, 'confirm'));
  }

  @Post('matches/:matchId/decline')
  @Permit('capacity.match.answer')
  decline(
    @CurrentActor() actor: Actor,
    @Param('operationId', new ParseUUIDPipe()) operationId: string,
    @Param('matchId', new ParseUUIDPipe()) matchId: string,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<OperationSaved> {
    return this.bus.execute(new AnswerCapacityMatchCommand(context(actor, cid), operationId, matchId, 'decline'));
  }

  @Get('offers')
  @Permit('capacity.read')
  @Header('cache-control', 'no-store')
  offers(@Param('operationId', new ParseUUIDPipe()) operationId: string, @Query() q: CapacityPageRequest): Promise<CapacityPage<OfferView>> {
    return this.reader.offers(operationId, q.page, q.pageSize);
  }

  @Get('requests')
  @Permit('capacity.read')
  @Header('cache-control', 'no-store')
  requests(@Param('operationId', new ParseUUIDPipe()) operationId: string, @Query() q: CapacityPageRequest): Promise<CapacityPage<RequestView>> {
    return this.reader.requests(operationId, q.page, q.pageSize);
  }

  @Get('matches')
  @Permit('capacity.read')
  @Header('cache-control', 'no-store')
  matches(@Param('operationId', new ParseUUIDPipe()) operationId: string, @Query() q: CapacityPageRequest): Promise<CapacityPage<MatchView>> {
    return this.reader.matches(operationId, q.page, q.pageSize);
  }
}
