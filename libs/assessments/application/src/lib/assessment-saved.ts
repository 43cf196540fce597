export interface AssessmentSaved {
  id: string;
  version: number;
}
