import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CLOSE_REASONS, RequestCloseReason } from '@accord/consular/domain';

export class CloseRequestRequest {
  @ApiProperty({ enum: CLOSE_REASONS }) @IsIn(CLOSE_REASONS as unknown as string[])
  reason!: RequestCloseReason;
}
