import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ScorecardQueryRequest {
  @ApiPropertyOptional({ enum: ['process', 'addressee'], default: 'process' }) @IsOptional() @IsIn(['process', 'addressee'])
  by: 'process' | 'addressee' = 'process';
}
