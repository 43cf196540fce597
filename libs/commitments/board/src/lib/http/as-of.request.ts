import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { INSTANT_PATTERN } from '../time-travel/instant';

export class AsOfRequest {
  @ApiPropertyOptional({ example: '2026-05-01', description: 'The commitment as it stood at the end of this day (UTC) or at this instant' })
  @IsOptional() @Matches(INSTANT_PATTERN, { message: 'asOf is a date (YYYY-MM-DD) or a timestamp with a zone (2026-05-01T12:00:00Z)' }) @IsISO8601({ strict: true }, { message: 'asOf is not a real date' })
  asOf?: string;
}
