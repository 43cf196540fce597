export interface ConsularSaved {
  id: string;
  version: number;
}
