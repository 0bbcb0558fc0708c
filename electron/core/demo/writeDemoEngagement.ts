import path from 'node:path';
import { engagementFileName } from '../domain/fileNames';
import { createEngagementFile } from '../store/engagementFile';
import { renderDemoImages } from './demoImages';
import { DEMO_NOW } from './demoClock';
import { DEMO_RECORD } from './engagementPart';
import { seedDemoEngagement } from './seedDemoEngagement';

/**
 * Writes the sample engagement « Les Ateliers Verdier » into `folder` (created if
 * needed) and returns its path. Goes through the store's own creation (temporary
 * name, one transaction, never replaces a file), with a fixed clock and fixed ids.
 */
export function writeDemoEngagement(folder: string): string {
  const target = path.join(path.resolve(folder), engagementFileName(DEMO_RECORD.clientName, DEMO_RECORD.title));
  const images = renderDemoImages();
  createEngagementFile(target, DEMO_RECORD, (db) => seedDemoEngagement(db, images), DEMO_NOW);
  return target;
}
