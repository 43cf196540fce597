import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CloseAlertRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000)
  note?: string;
}
