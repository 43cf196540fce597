import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { MOVEMENT_KINDS, MovementKind } from '@accord/evacuations/domain';

export class ReportMovementRequest {
  @ApiProperty({ example: 'BD' }) @Matches(/^[A-Z]{2}$/, { message: 'nationality is an ISO 3166-1 alpha-2 code' })
  nationality!: string;

  @ApiProperty({ enum: MOVEMENT_KINDS }) @IsIn(MOVEMENT_KINDS as unknown as string[])
  kind!: MovementKind;

  @ApiProperty({ example: 1200 }) @IsInt() @Min(1) @Max(50_000_000)
  count!: number;
}
