export interface FollowUpSaved {
  id: string;
  version: number;
}
