import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { EVIDENCE_LEVELS, EvidenceLevel } from '@accord/commitments/domain';

export class ReportProgressRequest {
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100)
  percent!: number;

  @ApiProperty() @IsString() @MaxLength(4000)
  narrative!: string;

  @ApiPropertyOptional() @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) @MaxLength(2000)
  evidenceUrl?: string;

  @ApiProperty({ enum: EVIDENCE_LEVELS }) @IsIn(EVIDENCE_LEVELS as unknown as string[])
  evidenceLevel!: EvidenceLevel;
}
