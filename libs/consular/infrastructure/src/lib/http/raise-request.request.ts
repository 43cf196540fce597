import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CONSULAR_SERVICES, ConsularService } from '@accord/consular/domain';
import { NationalCaseRequest } from './national-case.request';

export class RaiseRequestRequest {
  @ApiProperty({ example: 'LY' }) @Matches(/^[A-Z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code' })
  country!: string;

  @ApiPropertyOptional() @IsOptional() @IsUUID()
  alertId?: string;

  @ApiProperty({ example: 120 }) @IsInt() @Min(1) @Max(1_000_000)
  nationalsCount!: number;

  @ApiProperty({ enum: CONSULAR_SERVICES, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(CONSULAR_SERVICES as unknown as string[], { each: true })
  services!: ConsularService[];

  @ApiProperty({ type: [NationalCaseRequest] }) @IsArray() @ArrayMaxSize(5000) @ValidateNested({ each: true }) @Type(() => NationalCaseRequest)
  cases!: NationalCaseRequest[];
}
