import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, IsUUID, Length } from 'class-validator';

export class ReportFollowUpRequest {
  @ApiProperty() @IsString() @Length(1, 8000)
  narrative!: string;

  @ApiProperty({ type: [String], description: 'commitments that implement the recommendation (evidence)' })
  @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  commitmentIds!: string[];

  @ApiProperty({ type: [String], description: 'local actions that implement the recommendation (evidence)' })
  @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  localActionIds!: string[];
}
