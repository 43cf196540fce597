import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

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
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page = 1;
  @ApiPropertyOptional({ default: 20, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize = 20;
}
