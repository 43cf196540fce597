import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDateString, IsString, Length, Matches, MaxLength } from 'class-validator';

export class RecordDecisionRequest {
  @ApiProperty({ example: 'Open two disembarkation points within a week' }) @IsString() @Length(5, 200)
  title!: string;

  @ApiProperty() @IsString() @MaxLength(8000)
  text!: string;

  @ApiProperty({ type: [String], example: ['state-my', 'agency-iom'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ArrayUnique() @IsString({ each: true }) @Length(1, 100, { each: true })
  addresseeIds!: string[];

  @ApiProperty({ example: '2026-12-21' }) @IsDateString({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate is a calendar date, YYYY-MM-DD' })
  dueDate!: string;
}
