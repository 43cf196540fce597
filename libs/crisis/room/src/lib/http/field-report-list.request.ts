import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { FIELD_NEEDS, PROTECTION_INCIDENT_KINDS } from '@accord/crisis/domain';

export class FieldReportListRequest {
  @ApiProperty({ required: false, enum: PROTECTION_INCIDENT_KINDS }) @IsOptional() @IsIn(PROTECTION_INCIDENT_KINDS as unknown as string[])
  incident?: string;

  @ApiProperty({ required: false, enum: FIELD_NEEDS }) @IsOptional() @IsIn(FIELD_NEEDS as unknown as string[])
  need?: string;

  @ApiProperty({ required: false, default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000)
  page?: number;

  @ApiProperty({ required: false, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize?: number;
}
