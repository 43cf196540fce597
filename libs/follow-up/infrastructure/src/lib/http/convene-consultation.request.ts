import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsISO8601, IsOptional, IsString, Length } from 'class-validator';

export class ConveneConsultationRequest {
  @ApiProperty({ example: 'Emergency consultation on migrants stranded in the Andaman Sea' }) @IsString() @Length(5, 200)
  title!: string;

  @ApiProperty({ example: 'Bali Process' }) @IsString() @Length(2, 100)
  process!: string;

  @ApiProperty({ example: '2026-12-08T03:00:00Z' }) @IsISO8601({ strict: true })
  scheduledAt!: string;

  @ApiProperty({ type: [String], example: ['state-bd', 'state-my', 'state-au'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(60) @ArrayUnique() @IsString({ each: true }) @Length(1, 100, { each: true })
  invitedStateIds!: string[];

  @ApiPropertyOptional({ type: [String], example: ['agency-iom', 'agency-unhcr'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsString({ each: true }) @Length(1, 100, { each: true })
  agencyIds?: string[];
}
