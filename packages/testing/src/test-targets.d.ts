export interface TestTargets {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
}

export function testTargets(packageName: string): TestTargets;
