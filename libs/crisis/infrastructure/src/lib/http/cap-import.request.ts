import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ALERT_KINDS, AlertKind } from '@accord/crisis/domain';

export class CapImportRequest {
  @ApiProperty({ example: 'LY', description: 'the affected country; CAP carries none' }) @Matches(/^[A-Z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code such as LY' })
  country!: string;

  @ApiPropertyOptional({ enum: ALERT_KINDS, description: 'default: from the CAP categories' }) @IsOptional() @IsIn(ALERT_KINDS as unknown as string[])
  kind?: AlertKind;
}
