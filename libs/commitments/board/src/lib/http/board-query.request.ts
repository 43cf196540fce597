import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { INSTANT_PATTERN } from '../time-travel/instant';

const STATUSES = ['pledged', 'in_progress', 'fulfilled', 'partially_fulfilled', 'stalled', 'withdrawn'];
const KINDS = ['state', 'city', 'cso', 'agency', 'secretariat'];

export class BoardQueryRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) organisationId?: string;
  @ApiPropertyOptional({ enum: KINDS }) @IsOptional() @IsIn(KINDS) kind?: string;
  @ApiPropertyOptional({ example: 'BD' }) @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code such as BD' }) country?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(23) gcmObjective?: number;
  @ApiPropertyOptional({ example: '10.7' }) @IsOptional() @Matches(/^\d{1,2}\.[0-9a-z]{1,2}$/, { message: 'sdgTarget is a code such as 10.7' }) sdgTarget?: string;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ description: 'Only commitments an assessment contests and the owner has not answered (true), or the others (false)' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean({ message: 'disputed is true or false' })
  disputed?: boolean;
  @ApiPropertyOptional({ example: '2026-05-01', description: 'The board as it stood at the end of this day (UTC) or at this instant, replayed from the event log' })
  @IsOptional() @Matches(INSTANT_PATTERN, { message: 'asOf is a date (YYYY-MM-DD) or a timestamp with a zone (2026-05-01T12:00:00Z)' }) @IsISO8601({ strict: true }, { message: 'asOf is not a real date' })
  asOf?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page = 1;
  @ApiPropertyOptional({ default: 20, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize = 20;
}
