export interface FollowResult {
  followId: string;
  following: boolean;
  /** False when the request changed nothing (already following, or already not). */
  changed: boolean;
}
