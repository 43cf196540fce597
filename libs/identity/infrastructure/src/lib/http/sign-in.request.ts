import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsEmailAddress } from './is-email-address.decorator';

export class SignInRequest {
  @ApiProperty({ example: 'focal.bd@accord.demo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  @IsEmailAddress()
  email!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;
}
