import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { FIELD_NEEDS, FIELD_NOTE_MAX, FieldNeed } from '@accord/crisis/domain';
import { IncidentCountRequest } from './incident-count.request';
import { MovementCountRequest } from './movement-count.request';
import { ObservedPlaceRequest } from './observed-place.request';

/** No field can hold a name: counts by group, kinds from fixed lists, and one short note. */
export class FileFieldReportRequest {
  @ApiProperty({ type: ObservedPlaceRequest }) @ValidateNested() @Type(() => ObservedPlaceRequest)
  place!: ObservedPlaceRequest;

  @ApiProperty({ example: '2011-02-28T09:00:00Z' }) @IsISO8601({ strict: true }, { message: 'observedAt is an ISO 8601 date and time' })
  observedAt!: string;

  @ApiProperty({ type: [MovementCountRequest], required: false }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => MovementCountRequest)
  movements?: MovementCountRequest[];

  @ApiProperty({ type: [IncidentCountRequest], required: false }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => IncidentCountRequest)
  incidents?: IncidentCountRequest[];

  @ApiProperty({ enum: FIELD_NEEDS, isArray: true, required: false }) @IsOptional() @IsArray() @ArrayUnique() @IsIn(FIELD_NEEDS as unknown as string[], { each: true })
  needs?: FieldNeed[];

  @ApiProperty({ required: false, maxLength: FIELD_NOTE_MAX }) @IsOptional() @IsString() @MaxLength(FIELD_NOTE_MAX)
  note?: string;
}
