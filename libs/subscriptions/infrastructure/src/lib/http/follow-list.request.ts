import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { FOLLOW_TARGET_KINDS, FollowTargetKind } from '@accord/subscriptions/domain';
import { PageRequest } from './page.request';

export class FollowListRequest extends PageRequest {
  @ApiPropertyOptional({ enum: FOLLOW_TARGET_KINDS }) @IsOptional() @IsIn(FOLLOW_TARGET_KINDS as unknown as string[], { message: `kind is one of ${FOLLOW_TARGET_KINDS.join(', ')}` })
  kind?: FollowTargetKind;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100)
  targetId?: string;
}
