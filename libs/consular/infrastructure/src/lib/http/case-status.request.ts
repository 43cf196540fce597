import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CaseUpdateStatus } from '@accord/consular/domain';

const STATUSES = ['located', 'assisted', 'evacuated', 'closed'];

export class CaseStatusRequest {
  @ApiProperty({ enum: STATUSES }) @IsIn(STATUSES)
  status!: CaseUpdateStatus;
}
