/** Query keys, so invalidations name the same thing the queries do. */
export const queryKeys = {
  appInfo: ['app:info'] as const,
  workspace: ['workspace:get'] as const,
  workspaceFiles: ['workspace:listFiles'] as const,
  overview: (engagementId: string) => ['engagement:overview', engagementId] as const,
};
