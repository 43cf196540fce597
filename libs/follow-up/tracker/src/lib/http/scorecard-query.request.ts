import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { AS_OF_PATTERN } from '../time-travel/scorecard-as-of';

export class ScorecardQueryRequest {
  @ApiPropertyOptional({ enum: ['process', 'addressee'], default: 'process' }) @IsOptional() @IsIn(['process', 'addressee'])
  by: 'process' | 'addressee' = 'process';

  @ApiPropertyOptional({ example: '2026-05-01', description: 'The scorecards as they stood at the end of this day (UTC) or at this instant, replayed from the event log; not in the future' })
  @IsOptional() @Matches(AS_OF_PATTERN, { message: 'asOf is a date (YYYY-MM-DD) or a timestamp with a zone (2026-05-01T12:00:00Z)' }) @IsISO8601({ strict: true }, { message: 'asOf is not a real date' })
  asOf?: string;
}
