import { Controller, Get, Header, Inject, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Public } from '@accord/shared/auth';
import { attachment, writeCsv } from '@accord/shared/csv';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { ScorecardQueryRequest } from '../http/scorecard-query.request';
import { ScorecardQueries } from '../persistence/scorecard.queries';
import { ScorecardAsOfQueries } from '../time-travel/scorecard-as-of';
import { Scorecard } from '@accord/follow-up/contracts/views';
import { scorecardExportColumns } from './scorecard-export.columns';

export interface ScorecardExport {
  generatedAt: string;
  /** With `asOf` only: the instant the scorecards stand at (end of that day, UTC, or now for today). */
  asOf?: string;
  by: 'process' | 'addressee';
  items: Scorecard[];
}

interface ExportRows {
  by: 'process' | 'addressee';
  asOf: Date | null;
  items: Scorecard[];
}

/**
 * The published scorecards for spreadsheets; one row per process or addressee, so never large. With
 * `asOf`, the scorecards as they stood then (replayed like GET /api/follow-up/scorecards?asOf=).
 */
@ApiTags('follow-up')
@Controller('api/follow-up/scorecards')
export class ScorecardExportHttpController {
  constructor(private readonly scorecards: ScorecardQueries, private readonly history: ScorecardAsOfQueries, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get('export.csv')
  @Public()
  @ApiProduces('text/csv')
  @Header('cache-control', 'no-cache')
  async csv(@Query() q: ScorecardQueryRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { by, asOf, items } = await this.rows(q);
    // Set here, not with @Header: a validation error must still go out as JSON.
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(this.filename(by, asOf, 'csv')));
    return writeCsv(scorecardExportColumns(by), items);
  }

  @Get('export.json')
  @Public()
  @Header('cache-control', 'no-cache')
  async json(@Query() q: ScorecardQueryRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ScorecardExport> {
    const { by, asOf, items } = await this.rows(q);
    reply.header('content-disposition', attachment(this.filename(by, asOf, 'json')));
    return { generatedAt: this.clock.now().toISOString(), ...(asOf ? { asOf: asOf.toISOString() } : {}), by, items };
  }

  private async rows(q: ScorecardQueryRequest): Promise<ExportRows> {
    const by = q.by ?? 'process';
    if (!q.asOf) return { by, asOf: null, items: await this.scorecards.scorecards(by) };
    const asOf = this.history.instant(q.asOf);
    return { by, asOf, items: await this.history.scorecards(by, q.asOf) };
  }

  /** The file names the day the rows stand at: today for the live scorecards, the as-of day otherwise. */
  private filename(by: string, asOf: Date | null, ext: string): string {
    const day = (asOf ?? this.clock.now()).toISOString().slice(0, 10);
    return `accord-scorecards-by-${by}-${asOf ? 'as-of-' : ''}${day}.${ext}`;
  }
}
