import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDateString, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

export class IssueRecommendationRequest {
  @ApiProperty() @IsUUID()
  meetingId!: string;

  @ApiProperty({ example: 'Cap recruitment fees at one month of wages' }) @IsString() @Length(5, 200)
  title!: string;

  @ApiProperty() @IsString() @MaxLength(8000)
  text!: string;

  @ApiProperty({ type: [String], example: ['state-bd', 'state-my'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ArrayUnique() @IsString({ each: true }) @Length(1, 100, { each: true })
  addresseeIds!: string[];

  @ApiProperty({ example: '2027-06-30' }) @IsDateString({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate is a calendar date, YYYY-MM-DD' })
  dueDate!: string;
}
