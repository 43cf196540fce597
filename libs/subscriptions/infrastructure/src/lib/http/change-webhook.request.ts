import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class ChangeWebhookRequest {
  @ApiProperty({ description: 'false pauses deliveries; true resumes them' }) @IsBoolean()
  active!: boolean;
}
