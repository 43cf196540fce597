import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { FOLLOW_UP_RESPONSES, FollowUpResponse } from '@accord/follow-up/domain';

export class RespondToRecommendationRequest {
  @ApiProperty({ enum: FOLLOW_UP_RESPONSES }) @IsIn(FOLLOW_UP_RESPONSES as unknown as string[])
  response!: FollowUpResponse;

  @ApiProperty() @IsString() @Length(1, 4000)
  reason!: string;
}
