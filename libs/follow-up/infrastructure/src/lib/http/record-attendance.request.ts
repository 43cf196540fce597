import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { AttendanceMarkRequest } from './attendance-mark.request';

export class RecordAttendanceRequest {
  @ApiProperty({ type: [AttendanceMarkRequest] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(60) @ValidateNested({ each: true }) @Type(() => AttendanceMarkRequest)
  attendance!: AttendanceMarkRequest[];
}
