import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { FOLLOW_TARGET_KINDS, FollowTargetKind } from '@accord/subscriptions/domain';

export class FollowTargetRequest {
  @ApiProperty({ enum: FOLLOW_TARGET_KINDS }) @IsIn(FOLLOW_TARGET_KINDS as unknown as string[], { message: `kind is one of ${FOLLOW_TARGET_KINDS.join(', ')}` })
  kind!: FollowTargetKind;

  @ApiProperty({ description: 'a commitment or recommendation uuid, or an organisation id such as state-bd' }) @IsString() @Length(1, 100)
  id!: string;
}
