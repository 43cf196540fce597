import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsString, Length, Max, Min, ValidateIf } from 'class-validator';

const given = (v: unknown) => v !== undefined && v !== null;

/** Coordinates come in pairs: one without the other is refused on the missing field. */
export class ObservedPlaceRequest {
  @ApiProperty({ example: 'Ras Ajdir border crossing' }) @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ required: false, example: 33.15 }) @ValidateIf((p: ObservedPlaceRequest) => given(p.lat) || given(p.lon))
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lat is a latitude (-90 to 90), given with lon' }) @Min(-90) @Max(90)
  lat?: number | null;

  @ApiProperty({ required: false, example: 11.56 }) @ValidateIf((p: ObservedPlaceRequest) => given(p.lat) || given(p.lon))
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lon is a longitude (-180 to 180), given with lat' }) @Min(-180) @Max(180)
  lon?: number | null;
}
