import { Body, Controller, Headers, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { FileFieldReportCommand, Saved } from '@accord/crisis/application';
import { FieldObservation } from '@accord/crisis/domain';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { commandContext } from './command-context';
import { FileFieldReportRequest } from './file-field-report.request';

const observationOf = (b: FileFieldReportRequest): FieldObservation => ({
  place: { name: b.place.name.trim(), lat: b.place.lat ?? null, lon: b.place.lon ?? null },
  observedAt: new Date(b.observedAt).toISOString(),
  movements: (b.movements ?? []).map((m) => ({ direction: m.direction, sex: m.sex, ageBand: m.ageBand, count: m.count })),
  incidents: (b.incidents ?? []).map((i) => ({ kind: i.kind, count: i.count })),
  needs: b.needs ?? [],
  note: b.note?.trim() || null,
});

@ApiTags('crisis')
@ApiBearerAuth()
@Controller('api/crisis-alerts')
export class FieldReportsHttpController {
  constructor(private readonly bus: TransactionalCommandBus) {}

  @Post(':id/field-reports')
  @Permit('crisis.field-report.file')
  file(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: FileFieldReportRequest, @Headers('x-correlation-id') cid?: string): Promise<Saved> {
    return this.bus.execute(new FileFieldReportCommand(commandContext(actor, cid), id, observationOf(body)));
  }
}
