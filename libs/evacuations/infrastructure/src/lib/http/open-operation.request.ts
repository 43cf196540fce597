import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { NationalityTargetRequest } from './nationality-target.request';

export class OpenOperationRequest {
  @ApiProperty() @IsUUID()
  alertId!: string;

  @ApiProperty({ example: 'LY' }) @Matches(/^[A-Z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code' })
  country!: string;

  @ApiProperty({ example: 'Libya 2011: return of migrant workers' }) @IsString() @Length(3, 200)
  name!: string;

  @ApiProperty({ type: [NationalityTargetRequest] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => NationalityTargetRequest)
  targets!: NationalityTargetRequest[];
}
