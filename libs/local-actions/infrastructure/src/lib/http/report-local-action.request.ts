import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDateString, IsIn, IsInt, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { LOCAL_ACTION_STATUSES, LocalActionStatus } from '@accord/local-actions/domain';
import { LocalActionLocationRequest } from './local-action-location.request';

export class ReportLocalActionRequest {
  @ApiProperty({ example: 'Migrant Resource Centre opens in Naga City' }) @IsString() @Length(5, 200)
  title!: string;

  @ApiProperty() @IsString() @MaxLength(4000)
  description!: string;

  @ApiProperty({ example: '2026-10-01' }) @IsDateString({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date is a calendar date, YYYY-MM-DD' })
  date!: string;

  @ApiProperty({ type: LocalActionLocationRequest }) @ValidateNested() @Type(() => LocalActionLocationRequest)
  location!: LocalActionLocationRequest;

  @ApiProperty({ enum: LOCAL_ACTION_STATUSES }) @IsIn(LOCAL_ACTION_STATUSES as unknown as string[])
  status!: LocalActionStatus;

  @ApiProperty({ example: 1200 }) @IsInt() @Min(0)
  beneficiaries!: number;

  @ApiProperty({ type: [String], description: 'commitments this action contributes to' })
  @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  commitmentIds!: string[];

  @ApiProperty({ type: [String], description: 'recommendations this action answers' })
  @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  recommendationIds!: string[];
}
