import { PartialType } from '@nestjs/swagger';
import { ReportLocalActionRequest } from './report-local-action.request';

export class UpdateLocalActionRequest extends PartialType(ReportLocalActionRequest) {}
