/** The signed-in person as `GET /api/auth/me` and the sign-in response describe them (api.md, Auth). */
export interface Person {
  id: string;
  email: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  roles: string[];
}

export interface SignInResponse {
  accessToken: string;
  expiresAt: string;
  person: Person;
}
