import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SignInRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;
}
