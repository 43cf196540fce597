import { Controller, Get, Header, Inject, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Public } from '@accord/shared/auth';
import { attachment, writeCsv } from '@accord/shared/csv';
import { CLOCK, Clock, InvalidInput } from '@accord/shared/kernel';
import { CommitmentView } from '@accord/commitments/contracts/views';
import { endOf } from '../time-travel/instant';
import { TimeTravelQueries } from '../time-travel/time-travel.queries';
import { BoardExportRequest } from './board-export.request';
import { COMMITMENT_EXPORT_COLUMNS } from './commitment-export.columns';
import { CommitmentExportQueries } from './commitment-export.queries';

export interface CommitmentExport {
  generatedAt: string;
  /** With `asOf` only: the instant the board is shown at (end of that day, UTC, or now for today). */
  asOf?: string;
  filters: BoardExportRequest;
  total: number;
  items: CommitmentView[];
}

interface ExportRows {
  asOf: Date | null;
  items: CommitmentView[];
}

/**
 * The public board for spreadsheets: every commitment matching the board's filters (at most
 * MAX_EXPORT_ROWS), live or, with `asOf`, as it stood then (replayed from the event log like the board).
 */
@ApiTags('commitments')
@Controller('api/commitments')
export class CommitmentExportHttpController {
  constructor(private readonly exports: CommitmentExportQueries, private readonly history: TimeTravelQueries, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get('export.csv')
  @Public()
  @ApiProduces('text/csv')
  @Header('cache-control', 'no-cache')
  async csv(@Query() query: BoardExportRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { asOf, items } = await this.rows(query);
    // Set here, not with @Header: a validation error must still go out as JSON.
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(this.filename(asOf, 'csv')));
    return writeCsv(COMMITMENT_EXPORT_COLUMNS, items);
  }

  @Get('export.json')
  @Public()
  @Header('cache-control', 'no-cache')
  async json(@Query() query: BoardExportRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommitmentExport> {
    const { asOf, items } = await this.rows(query);
    reply.header('content-disposition', attachment(this.filename(asOf, 'json')));
    return { generatedAt: this.clock.now().toISOString(), ...(asOf ? { asOf: asOf.toISOString() } : {}), filters: { ...query }, total: items.length, items };
  }

  private async rows(query: BoardExportRequest): Promise<ExportRows> {
    const { asOf, ...filter } = query;
    if (!asOf) return { asOf: null, items: await this.exports.all(filter) };
    const at = this.instant(asOf);
    return { asOf: at, items: await this.history.allAsOf(filter, at) };
  }

  /** "As of" a day is its end (UTC), or now for today; a later instant has no board yet and is refused. */
  private instant(asOf: string): Date {
    const now = this.clock.now();
    const at = endOf(asOf);
    const future = asOf.length === 10 ? asOf > now.toISOString().slice(0, 10) : at.getTime() > now.getTime();
    if (future) throw new InvalidInput('asOf', 'asOf is in the future: the board can be exported up to now');
    return at.getTime() > now.getTime() ? now : at;
  }

  /** The file names the day the rows stand at: today for the live board, the as-of day otherwise. */
  private filename(asOf: Date | null, ext: string): string {
    return asOf ? `accord-commitments-as-of-${asOf.toISOString().slice(0, 10)}.${ext}` : `accord-commitments-${this.clock.now().toISOString().slice(0, 10)}.${ext}`;
  }
}
