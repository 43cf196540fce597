import { Body, Controller, Get, Header, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AcceptConsularRequestCommand,
  CloseConsularRequestCommand,
  ConsularCaseReader,
  ConsularSaved,
  DeclineConsularRequestCommand,
  RaiseConsularRequestCommand,
  StoredCase,
  UpdateConsularCaseCommand,
} from '@accord/consular/application';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { TransactionalCommandBus, UnitOfWork } from '@accord/shared/messaging';
import { CaseReadRequest } from './case-read.request';
import { CaseStatusRequest } from './case-status.request';
import { CloseRequestRequest } from './close-request.request';
import { commandContext } from './command-context';
import { consularRequestView } from './consular-request.view';
import { DeclineRequestRequest } from './decline-request.request';
import { RaiseRequestRequest } from './raise-request.request';

@ApiTags('consular')
@ApiBearerAuth()
@Controller('api/consular-requests')
export class ConsularRequestsHttpController {
  constructor(private readonly bus: TransactionalCommandBus, private readonly uow: UnitOfWork, private readonly reader: ConsularCaseReader) {}

  @Post()
  @Permit('consular.request.raise')
  @Header('cache-control', 'no-store')
  raise(@CurrentActor() actor: Actor, @Body() body: RaiseRequestRequest, @Headers('x-correlation-id') cid?: string): Promise<ConsularSaved> {
    const cases = body.cases.map((c) => ({ ...c }));
    return this.bus.execute(new RaiseConsularRequestCommand(commandContext(actor, cid), body.country, body.alertId ?? null, body.nationalsCount, body.services, cases));
  }

  @Get(':id')
  @Permit('consular.request.read')
  @Header('cache-control', 'no-store')
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return consularRequestView(await this.uow.run(() => this.reader.request(actor, id)));
  }

  @Get(':id/cases')
  @Permit('consular.case.read')
  @Header('cache-control', 'no-store')
  cases(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: CaseReadRequest): Promise<StoredCase[]> {
    return this.uow.run(() => this.reader.cases(actor, id, query.purpose));
  }

  @Get(':id/cases/:caseId')
  @Permit('consular.case.read')
  @Header('cache-control', 'no-store')
  async case(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Query() query: CaseReadRequest): Promise<StoredCase> {
    const [found] = await this.uow.run(() => this.reader.cases(actor, id, query.purpose, caseId));
    return found;
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Permit('consular.request.accept')
  accept(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Headers('x-correlation-id') cid?: string): Promise<ConsularSaved> {
    return this.bus.execute(new AcceptConsularRequestCommand(commandContext(actor, cid), id));
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Permit('consular.request.decline')
  decline(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: DeclineRequestRequest, @Headers('x-correlation-id') cid?: string): Promise<ConsularSaved> {
    return this.bus.execute(new DeclineConsularRequestCommand(commandContext(actor, cid), id, body.reason, body.note ?? null));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Permit('consular.request.close')
  close(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: CloseRequestRequest, @Headers('x-correlation-id') cid?: string): Promise<ConsularSaved> {
    return this.bus.execute(new CloseConsularRequestCommand(commandContext(actor, cid), id, body.reason));
  }

  @Post(':id/cases/:caseId/status')
  @HttpCode(200)
  @Permit('consular.case.update')
  updateCase(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: CaseStatusRequest,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<ConsularSaved> {
    return this.bus.execute(new UpdateConsularCaseCommand(commandContext(actor, cid), id, caseId, body.status));
  }
}
