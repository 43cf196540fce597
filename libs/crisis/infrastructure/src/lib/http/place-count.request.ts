import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

export class PlaceCountRequest {
  @ApiProperty({ example: 'Benghazi' }) @IsString() @Length(1, 200)
  place!: string;

  @ApiProperty({ example: 12000 }) @IsInt() @Min(0) @Max(10_000_000)
  count!: number;
}
