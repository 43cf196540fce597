import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsString, Length, Matches } from 'class-validator';

export class RecordMeetingRequest {
  @ApiProperty({ example: 'Bali Process Ad Hoc Group Senior Officials Meeting' }) @IsString() @Length(3, 200)
  title!: string;

  @ApiProperty({ example: '2026-11-20' }) @IsDateString({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date is a calendar date, YYYY-MM-DD' })
  date!: string;

  @ApiProperty({ example: 'Bali Process' }) @IsString() @Length(2, 100)
  process!: string;
}
