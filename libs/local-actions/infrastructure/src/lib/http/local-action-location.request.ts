import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class LocalActionLocationRequest {
  @ApiProperty({ example: 'Naga City' }) @IsString() @Length(1, 200)
  placeName!: string;

  @ApiProperty({ example: 'PH' }) @Matches(/^[A-Z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code such as PH' })
  country!: string;
}
