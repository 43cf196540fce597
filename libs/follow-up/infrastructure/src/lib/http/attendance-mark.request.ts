import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Length } from 'class-validator';

export class AttendanceMarkRequest {
  @ApiProperty({ example: 'state-bd' }) @IsString() @Length(1, 100)
  organisationId!: string;

  @ApiProperty() @IsBoolean()
  present!: boolean;
}
