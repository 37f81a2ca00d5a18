export { ensureFirstAdmin, type FirstAdminOutcome } from "./first-admin";
export { dummyHash, hashPassword, needsRehash, verifyPassword } from "./password";
export {
  parseRole,
  parseScope,
  ROLES,
  type Role,
  roleAtLeast,
  roleSchema,
  TOKEN_SCOPES,
  type TokenScope,
  tokenScopeSchema,
} from "./roles";
export {
  AccountError,
  createUser,
  generatePassword,
  listUsers,
  newUserSchema,
  removeUser,
  resetPassword,
  setRole,
  usernameSchema,
} from "./users";
