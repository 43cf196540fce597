import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IDENTITY_ROLES } from '@accord/identity/contracts';
import { IsEmailAddress } from './is-email-address.decorator';

export class CreatePersonRequest {
  @ApiProperty({ example: 'focal.np@example.gov' }) @IsString() @MaxLength(254) @IsEmailAddress()
  email!: string;

  @ApiProperty({ example: 'Sita Sharma' }) @IsString() @Length(1, 200)
  displayName!: string;

  @ApiProperty({ example: 'state-np' }) @IsString() @Length(1, 100)
  organisationId!: string;

  @ApiProperty({ enum: IDENTITY_ROLES, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(IDENTITY_ROLES.length) @ArrayUnique() @IsIn(IDENTITY_ROLES, { each: true, message: `each role is one of ${IDENTITY_ROLES.join(', ')}` })
  roles!: string[];

  @ApiPropertyOptional({ description: 'for the built-in sign-in; omit for people who sign in through the OIDC provider' })
  @IsOptional() @IsString() @Length(12, 1024)
  password?: string;
}
