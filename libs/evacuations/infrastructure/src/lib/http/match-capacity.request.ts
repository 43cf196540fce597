import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class MatchCapacityRequest {
  @ApiProperty() @IsUUID()
  offerId!: string;

  @ApiProperty() @IsUUID()
  requestId!: string;

  @ApiProperty({ example: 120 }) @IsInt() @Min(1) @Max(100_000)
  seats!: number;

  /** The offer's version the caller saw (OfferView.version): a match on seats someone else took since is a 409. */
  @ApiPropertyOptional({ example: 3 }) @IsOptional() @IsInt() @Min(1)
  offerVersion?: number;
}
