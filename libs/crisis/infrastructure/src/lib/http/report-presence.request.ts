import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, ValidateNested } from 'class-validator';
import { NATIONALS_NEEDS, NationalsNeed } from '@accord/crisis/domain';
import { PlaceCountRequest } from './place-count.request';

export class ReportPresenceRequest {
  @ApiProperty({ type: [PlaceCountRequest] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => PlaceCountRequest)
  places!: PlaceCountRequest[];

  @ApiProperty({ enum: NATIONALS_NEEDS, isArray: true }) @IsArray() @ArrayUnique() @IsIn(NATIONALS_NEEDS as unknown as string[], { each: true })
  needs!: NationalsNeed[];
}
