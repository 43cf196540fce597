import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class LocalActionFeedQueryRequest {
  @ApiPropertyOptional({ example: 'PH' }) @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code such as PH' }) country?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() commitmentId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() recommendationId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) cityOrganisationId?: string;
  @ApiPropertyOptional({ enum: ['planned', 'under_way', 'completed'] }) @IsOptional() @IsIn(['planned', 'under_way', 'completed']) status?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page = 1;
  @ApiPropertyOptional({ default: 20, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize = 20;
}
