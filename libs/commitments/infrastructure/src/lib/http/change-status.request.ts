import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { COMMITMENT_STATUSES, CommitmentStatus } from '@accord/commitments/domain';

export class ChangeStatusRequest {
  @ApiProperty({ enum: COMMITMENT_STATUSES }) @IsIn(COMMITMENT_STATUSES as unknown as string[])
  status!: CommitmentStatus;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000)
  reason?: string;
}
