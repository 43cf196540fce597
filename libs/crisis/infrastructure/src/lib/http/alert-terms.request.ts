import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ALERT_KINDS, AlertKind, CAP_CATEGORIES, CAP_CERTAINTIES, CAP_SEVERITIES, CAP_URGENCIES, CapCategory, CapCertainty, CapSeverity, CapUrgency } from '@accord/crisis/domain';
import { AlertAreaRequest } from './alert-area.request';
import { AlertInfoRequest } from './alert-info.request';

const list = (values: readonly string[]) => values as unknown as string[];

export class AlertTermsRequest {
  @ApiProperty({ example: 'LY' }) @Matches(/^[A-Z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code such as LY' })
  country!: string;

  @ApiProperty({ enum: ALERT_KINDS }) @IsIn(list(ALERT_KINDS))
  kind!: AlertKind;

  @ApiProperty({ enum: CAP_SEVERITIES }) @IsIn(list(CAP_SEVERITIES))
  severity!: CapSeverity;

  @ApiProperty({ enum: CAP_URGENCIES }) @IsIn(list(CAP_URGENCIES))
  urgency!: CapUrgency;

  @ApiProperty({ enum: CAP_CERTAINTIES }) @IsIn(list(CAP_CERTAINTIES))
  certainty!: CapCertainty;

  @ApiPropertyOptional({ enum: CAP_CATEGORIES, isArray: true, description: 'CAP categories; default from kind' })
  @IsOptional() @IsArray() @ArrayMaxSize(12) @IsIn(list(CAP_CATEGORIES), { each: true })
  categories?: CapCategory[];

  @ApiProperty({ type: [AlertAreaRequest] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => AlertAreaRequest)
  areas!: AlertAreaRequest[];

  @ApiProperty({ type: [AlertInfoRequest], description: 'one info block per language' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => AlertInfoRequest)
  infos!: AlertInfoRequest[];

  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(500, { each: true })
  sources?: string[];
}
