import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { SHARING_PURPOSES, SharingPurpose } from '@accord/consular/domain';

export class CaseReadRequest {
  @ApiProperty({ enum: SHARING_PURPOSES, description: 'why you read: only cases shared for this purpose are returned' })
  @IsIn(SHARING_PURPOSES as unknown as string[])
  purpose!: SharingPurpose;
}
