export interface OperationSaved {
  id: string;
  version: number;
}
