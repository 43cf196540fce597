import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';

export class PassengerCountRequest {
  @ApiProperty({ example: 'BD' }) @Matches(/^[A-Z]{2}$/, { message: 'nationality is an ISO 3166-1 alpha-2 code' })
  nationality!: string;

  @ApiProperty({ example: 250 }) @IsInt() @Min(1) @Max(100_000)
  count!: number;
}
