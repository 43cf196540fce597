import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DECLINE_REASONS, DeclineReason } from '@accord/consular/domain';

export class DeclineRequestRequest {
  @ApiProperty({ enum: DECLINE_REASONS }) @IsIn(DECLINE_REASONS as unknown as string[])
  reason!: DeclineReason;

  @ApiPropertyOptional({ description: 'kept with the request for its parties; never published' }) @IsOptional() @IsString() @MaxLength(500)
  note?: string;
}
