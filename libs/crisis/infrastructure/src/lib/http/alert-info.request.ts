import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class AlertInfoRequest {
  @ApiProperty({ example: 'en' }) @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language is an RFC 3066 tag such as en or fr-CA' })
  language!: string;

  @ApiPropertyOptional({ example: 'Armed conflict' }) @IsOptional() @IsString() @MaxLength(200)
  event?: string;

  @ApiProperty() @IsString() @Length(3, 300)
  headline!: string;

  @ApiProperty() @IsString() @MaxLength(8000)
  description!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000)
  instruction?: string;

  @ApiPropertyOptional({ type: [String], description: 'area names in this language, in the order of areas' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(500, { each: true })
  areaNames?: string[];
}
