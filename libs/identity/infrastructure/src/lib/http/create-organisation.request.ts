import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export class CreateOrganisationRequest {
  @ApiProperty({ example: 'state-np', description: 'lower-case letters, digits and dashes' })
  @IsString() @Matches(/^[a-z][a-z0-9-]{1,62}$/, { message: 'id is 2–63 lower-case letters, digits or dashes, starting with a letter' })
  id!: string;

  @ApiProperty({ example: 'Nepal' }) @IsString() @Length(2, 200)
  name!: string;

  @ApiProperty({ enum: ['state', 'city', 'cso', 'agency', 'secretariat'] })
  @IsIn(['state', 'city', 'cso', 'agency', 'secretariat'], { message: 'kind is one of state, city, cso, agency, secretariat' })
  kind!: string;

  @ApiPropertyOptional({ example: 'NP', nullable: true }) @IsOptional() @IsString() @Matches(/^[A-Z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code such as NP' })
  country?: string | null;

  @ApiPropertyOptional({ description: 'a law-enforcement or border body: never a recipient of personal data' }) @IsOptional() @IsBoolean()
  enforcement?: boolean;
}
