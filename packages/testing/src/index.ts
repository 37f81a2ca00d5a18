export { truncateAllTables } from "./database.ts";
export { type FixtureServer, html, type RouteHandler, startFixtureServer } from "./fixture-server.ts";
export { deleteRedisPrefix, resetTestRedis } from "./redis.ts";
export { testTargets } from "./test-targets.js";
