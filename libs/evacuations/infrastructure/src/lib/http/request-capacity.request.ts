import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { PassengerCountRequest } from './passenger-count.request';

export class RequestCapacityRequest {
  @ApiProperty({ example: 'Misrata' }) @IsString() @Length(2, 100)
  from!: string;

  @ApiProperty({ example: 'Benghazi' }) @IsString() @Length(2, 100)
  to!: string;

  @ApiProperty({ example: '2026-12-09' }) @IsDateString({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'earliestDate is a calendar date, YYYY-MM-DD' })
  earliestDate!: string;

  @ApiProperty({ example: '2026-12-12' }) @IsDateString({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'latestDate is a calendar date, YYYY-MM-DD' })
  latestDate!: string;

  @ApiProperty({ type: [PassengerCountRequest] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => PassengerCountRequest)
  passengers!: PassengerCountRequest[];
}
