import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, Matches, Max, Min, IsOptional } from 'class-validator';
import { INSTANT_PATTERN } from '../time-travel/instant';

export class ChangesQueryRequest {
  @ApiProperty({ example: '2026-05-01', description: 'From the start of this day (UTC) or this instant' })
  @Matches(INSTANT_PATTERN, { message: 'since is a date (YYYY-MM-DD) or a timestamp with a zone (2026-05-01T12:00:00Z)' }) @IsISO8601({ strict: true }, { message: 'since is not a real date' })
  since!: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page = 1;
  @ApiPropertyOptional({ default: 20, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize = 20;
}
