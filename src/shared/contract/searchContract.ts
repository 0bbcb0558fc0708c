import { z } from 'zod';
import type { EngagementSearchResult, WorkspaceSearchResult } from '../model/search';
import { method } from './define';
import { engagementId } from './fields';

/** What the user typed: any characters (the core turns them into a safe FTS5 query), bounded. */
const query = z.string().max(200, '200 caractères au plus');

export const searchContract = {
  /** Items of one open engagement matching the words typed, best first. */
  'search:engagement': method(z.object({ engagementId, query, limit: z.number().int().min(1).max(100).default(30) }).strict()).returns<EngagementSearchResult>(),
  /** The same across the engagement files the workspace knows (recents and the default folder). */
  'search:all': method(
    z.object({ query, perFile: z.number().int().min(1).max(20).default(5), maxFiles: z.number().int().min(1).max(100).default(20) }).strict(),
  ).returns<WorkspaceSearchResult>(),
};
