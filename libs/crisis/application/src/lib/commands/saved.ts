export interface Saved {
  id: string;
  version: number;
}
