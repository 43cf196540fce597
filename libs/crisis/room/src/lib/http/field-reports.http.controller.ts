import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor, Forbidden } from '@accord/shared/kernel';
import { RoomViewer } from '../access/room-viewer';
import { FieldReportView, Page } from '@accord/crisis/contracts/views';
import { FieldReportQueries } from '../persistence/field-report.queries';
import { FieldReportListRequest } from './field-report-list.request';

@ApiTags('crisis-room')
@ApiBearerAuth()
@Controller('api/crisis-room/alerts')
export class FieldReportsReadHttpController {
  constructor(private readonly reports: FieldReportQueries) {}

  @Get(':id/field-reports')
  @Permit('crisis.field-report.read')
  async list(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: FieldReportListRequest): Promise<Page<FieldReportView>> {
    const viewer: RoomViewer = { organisationId: actor.organisationId, kind: actor.organisation?.kind ?? null };
    if (!(await this.reports.mayRead(id, viewer))) throw new Forbidden('field reports are shown to the members of this crisis room');
    return this.reports.page(id, viewer, { incident: query.incident, need: query.need, page: query.page ?? 1, pageSize: query.pageSize ?? 20 });
  }
}
