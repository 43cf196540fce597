import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DeliveryStatus } from '../subscription-views';
import { PageRequest } from './page.request';

const STATUSES: DeliveryStatus[] = ['pending', 'succeeded', 'failed'];

export class DeliveryListRequest extends PageRequest {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES, { message: `status is one of ${STATUSES.join(', ')}` })
  status?: DeliveryStatus;
}
