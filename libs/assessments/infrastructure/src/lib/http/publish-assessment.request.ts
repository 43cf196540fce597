import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';
import { ASSESSMENT_RATINGS, AssessmentRating, CONTESTABLE_STATUSES, ContestableStatus } from '@accord/assessments/domain';

export class PublishAssessmentRequest {
  @ApiProperty() @IsUUID()
  commitmentId!: string;

  @ApiProperty({ enum: ASSESSMENT_RATINGS }) @IsIn(ASSESSMENT_RATINGS as unknown as string[])
  rating!: AssessmentRating;

  @ApiProperty() @IsString() @Length(1, 8000)
  narrative!: string;

  @ApiProperty({ type: [String] })
  @IsArray() @ArrayMaxSize(10) @ArrayUnique() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true }) @MaxLength(2000, { each: true })
  evidenceUrls!: string[];

  @ApiPropertyOptional({ enum: CONTESTABLE_STATUSES, description: 'the status you say the commitment really has (needs evidence)' })
  @IsOptional() @IsIn(CONTESTABLE_STATUSES as unknown as string[])
  contestedStatus?: ContestableStatus;
}
