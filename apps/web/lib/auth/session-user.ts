import type { Role } from "./roles";

/** Who is signed in, as every check sees them. */
export interface SessionUser {
  id: string;
  username: string;
  role: Role;
}
