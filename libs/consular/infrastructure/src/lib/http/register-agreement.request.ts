import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CONSULAR_SERVICES, ConsularService } from '@accord/consular/domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RegisterAgreementRequest {
  @ApiProperty({ example: ['state-ca', 'state-au'] }) @IsArray() @ArrayMinSize(2) @ArrayMaxSize(50) @ArrayUnique() @IsString({ each: true }) @MaxLength(100, { each: true })
  parties!: string[];

  @ApiProperty({ example: ['LY', 'LB'] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(250) @ArrayUnique() @Matches(/^[A-Z]{2}$/, { each: true, message: 'each country is an ISO 3166-1 alpha-2 code' })
  countries!: string[];

  @ApiProperty({ enum: CONSULAR_SERVICES, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(CONSULAR_SERVICES as unknown as string[], { each: true })
  services!: ConsularService[];

  @ApiProperty({ example: '1986-01-01' }) @Matches(DATE, { message: 'validFrom is a date, YYYY-MM-DD' })
  validFrom!: string;

  @ApiPropertyOptional({ example: null }) @IsOptional() @Matches(DATE, { message: 'validTo is a date, YYYY-MM-DD' })
  validTo?: string;
}
