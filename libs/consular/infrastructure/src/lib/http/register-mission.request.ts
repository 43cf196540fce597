import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class RegisterMissionRequest {
  @ApiProperty({ example: 'LY' }) @Matches(/^[A-Z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code' })
  country!: string;

  @ApiProperty({ example: 'Tripoli' }) @IsString() @Length(1, 200)
  city!: string;
}
