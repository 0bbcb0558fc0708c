import type Database from 'better-sqlite3';
import type { Lang } from '../../../../src/shared/lang';
import { DEFAULT_GUIDES } from './defaultGuides';
import { createGuideFromTemplate } from './guides';

/** Seed step: a new engagement starts with the default discovery guide in its language. */
export function seedDiscoveryGuide(db: Database.Database, lang: Lang, now: number): void {
  createGuideFromTemplate(db, DEFAULT_GUIDES[lang], now);
}
