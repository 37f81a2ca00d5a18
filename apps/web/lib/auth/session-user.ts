import type { Role } from "@tidemark/accounts";

/** Who is signed in, as every check sees them. */
export interface SessionUser {
  id: string;
  username: string;
  role: Role;
}
