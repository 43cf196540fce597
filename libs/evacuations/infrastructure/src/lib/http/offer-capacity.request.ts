import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { TRANSPORT_MODES, TransportMode } from '@accord/evacuations/domain';

export class OfferCapacityRequest {
  @ApiProperty({ example: 'Misrata' }) @IsString() @Length(2, 100)
  from!: string;

  @ApiProperty({ example: 'Benghazi' }) @IsString() @Length(2, 100)
  to!: string;

  @ApiProperty({ example: '2026-12-10' }) @IsDateString({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'departureDate is a calendar date, YYYY-MM-DD' })
  departureDate!: string;

  @ApiProperty({ example: 300 }) @IsInt() @Min(1) @Max(100_000)
  seats!: number;

  @ApiPropertyOptional({ enum: TRANSPORT_MODES, default: 'air' }) @IsOptional() @IsIn(TRANSPORT_MODES as unknown as string[])
  mode?: TransportMode;
}
