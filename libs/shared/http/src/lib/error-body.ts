export interface FieldProblem {
  field: string;
  message: string;
}

/** The one error shape every endpoint answers with (docs/api.md). Never a stack trace or SQL. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  fields?: FieldProblem[];
  rule?: string;
  currentVersion?: number;
  correlationId?: string;
}
