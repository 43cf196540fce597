import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ReplyToAssessmentRequest {
  @ApiProperty() @IsString() @Length(1, 8000)
  text!: string;
}
