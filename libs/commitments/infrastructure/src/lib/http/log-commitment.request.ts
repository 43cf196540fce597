import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDateString, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';

export class LogCommitmentRequest {
  @ApiProperty({ example: 'Cut recruitment costs for workers going to Malaysia' })
  @IsString() @Length(5, 200)
  title!: string;

  @ApiProperty() @IsString() @MaxLength(4000)
  description!: string;

  @ApiProperty({ type: [Number], example: [6], description: 'Global Compact for Migration objectives, 1–23' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(23) @ArrayUnique() @Type(() => Number) @IsInt({ each: true }) @Min(1, { each: true }) @Max(23, { each: true })
  gcmObjectives!: number[];

  @ApiProperty({ type: [String], example: ['10.7'] })
  @IsArray() @ArrayMaxSize(30) @ArrayUnique() @IsString({ each: true }) @Matches(/^\d{1,2}\.[0-9a-z]{1,2}$/, { each: true, message: 'each SDG target is a code such as 10.7 or 10.c' })
  sdgTargets!: string[];

  @ApiProperty({ example: 'SDG 10.7.1 recruitment cost borne by employee' }) @IsString() @MaxLength(500)
  indicator!: string;

  @ApiProperty({ example: '2.6 months of income' }) @IsString() @MaxLength(200)
  baseline!: string;

  @ApiProperty({ example: '1 month of income' }) @IsString() @MaxLength(200)
  targetValue!: string;

  @ApiProperty({ example: '2030-12-31' }) @IsDateString({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate is a calendar date, YYYY-MM-DD' })
  dueDate!: string;

  @ApiPropertyOptional({ type: [String], example: ['state-my'], description: 'Known organisations that own the commitment with you (a joint commitment)' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ArrayUnique() @IsString({ each: true }) @Length(1, 100, { each: true })
  coOwnerIds?: string[];
}
