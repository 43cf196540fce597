import { Controller, Get, Header, Inject, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Public } from '@accord/shared/auth';
import { attachment, writeCsv } from '@accord/shared/csv';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { CommitmentView } from '../commitment-view';
import { BoardExportRequest } from './board-export.request';
import { COMMITMENT_EXPORT_COLUMNS } from './commitment-export.columns';
import { CommitmentExportQueries } from './commitment-export.queries';

export interface CommitmentExport {
  generatedAt: string;
  filters: BoardExportRequest;
  total: number;
  items: CommitmentView[];
}

/** The public board for spreadsheets: every commitment matching the board's filters (at most MAX_EXPORT_ROWS). */
@ApiTags('commitments')
@Controller('api/commitments')
export class CommitmentExportHttpController {
  constructor(private readonly exports: CommitmentExportQueries, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get('export.csv')
  @Public()
  @ApiProduces('text/csv')
  @Header('cache-control', 'no-cache')
  async csv(@Query() filters: BoardExportRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const rows = await this.exports.all(filters);
    // Set here, not with @Header: a validation error must still go out as JSON.
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`accord-commitments-${this.today()}.csv`));
    return writeCsv(COMMITMENT_EXPORT_COLUMNS, rows);
  }

  @Get('export.json')
  @Public()
  @Header('cache-control', 'no-cache')
  async json(@Query() filters: BoardExportRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommitmentExport> {
    const items = await this.exports.all(filters);
    reply.header('content-disposition', attachment(`accord-commitments-${this.today()}.json`));
    return { generatedAt: this.clock.now().toISOString(), filters: { ...filters }, total: items.length, items };
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }
}
