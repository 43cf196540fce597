import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { AGE_BANDS, AgeBand, MOVEMENT_DIRECTIONS, MovementDirection, OBSERVED_SEXES, ObservedSex } from '@accord/crisis/domain';

export class MovementCountRequest {
  @ApiProperty({ enum: MOVEMENT_DIRECTIONS }) @IsIn(MOVEMENT_DIRECTIONS as unknown as string[])
  direction!: MovementDirection;

  @ApiProperty({ enum: OBSERVED_SEXES }) @IsIn(OBSERVED_SEXES as unknown as string[])
  sex!: ObservedSex;

  @ApiProperty({ enum: AGE_BANDS }) @IsIn(AGE_BANDS as unknown as string[])
  ageBand!: AgeBand;

  @ApiProperty({ example: 2400 }) @IsInt() @Min(0) @Max(10_000_000)
  count!: number;
}
