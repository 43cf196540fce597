import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const STATES = ['awaiting_response', 'overdue', 'reported'] as const;

export class TrackerQueryRequest {
  @ApiPropertyOptional({ example: 'Bali Process' }) @IsOptional() @IsString() @MaxLength(100) process?: string;
  @ApiPropertyOptional({ example: 'state-bd' }) @IsOptional() @IsString() @MaxLength(100) addresseeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() recommendationId?: string;
  @ApiPropertyOptional({ enum: STATES }) @IsOptional() @IsIn(STATES as unknown as string[]) state?: (typeof STATES)[number];
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page = 1;
  @ApiPropertyOptional({ default: 20, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize = 20;
}
