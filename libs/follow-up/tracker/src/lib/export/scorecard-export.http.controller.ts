import { Controller, Get, Header, Inject, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Public } from '@accord/shared/auth';
import { attachment, writeCsv } from '@accord/shared/csv';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { ScorecardQueryRequest } from '../http/scorecard-query.request';
import { ScorecardQueries } from '../persistence/scorecard.queries';
import { Scorecard } from '../tracker-views';
import { scorecardExportColumns } from './scorecard-export.columns';

export interface ScorecardExport {
  generatedAt: string;
  by: 'process' | 'addressee';
  items: Scorecard[];
}

/** The published scorecards for spreadsheets; one row per process or addressee, so never large. */
@ApiTags('follow-up')
@Controller('api/follow-up/scorecards')
export class ScorecardExportHttpController {
  constructor(private readonly scorecards: ScorecardQueries, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get('export.csv')
  @Public()
  @ApiProduces('text/csv')
  @Header('cache-control', 'no-cache')
  async csv(@Query() q: ScorecardQueryRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const by = q.by ?? 'process';
    const items = await this.scorecards.scorecards(by);
    // Set here, not with @Header: a validation error must still go out as JSON.
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(this.filename(by, 'csv')));
    return writeCsv(scorecardExportColumns(by), items);
  }

  @Get('export.json')
  @Public()
  @Header('cache-control', 'no-cache')
  async json(@Query() q: ScorecardQueryRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ScorecardExport> {
    const by = q.by ?? 'process';
    const items = await this.scorecards.scorecards(by);
    reply.header('content-disposition', attachment(this.filename(by, 'json')));
    return { generatedAt: this.clock.now().toISOString(), by, items };
  }

  private filename(by: string, ext: string): string {
    return `accord-scorecards-by-${by}-${this.clock.now().toISOString().slice(0, 10)}.${ext}`;
  }
}
