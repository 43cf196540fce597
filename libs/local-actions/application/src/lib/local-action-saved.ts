export interface LocalActionSaved {
  id: string;
  version: number;
}
