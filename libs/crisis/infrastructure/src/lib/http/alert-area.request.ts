import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class AlertAreaRequest {
  @ApiProperty({ example: 'Benghazi' }) @IsString() @Length(1, 500)
  name!: string;

  @ApiPropertyOptional({ type: [String], description: 'CAP polygons "lat,lon lat,lon …" (closed ring)' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(100_000, { each: true })
  polygons?: string[];

  @ApiPropertyOptional({ type: [String], description: 'CAP circles "lat,lon radiusKm"' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(200, { each: true })
  circles?: string[];
}
