import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { createEngagementInput } from '../../../../src/shared/contract/engagementContract';
import { AppError } from '../../../../src/shared/errors';
import type { EngagementHandle } from '../../../../src/shared/model/engagement';
import { engagementFileName, firstFreePath } from '../../domain/fileNames';
import { seedNewEngagement, type SeedPart, type SeedStep } from '../../domain/newEngagementSeed';
import { guideTemplateStep, readEngagementStructure, type EngagementStructure } from '../../domain/reuse/engagementStructure';
import { createEngagementFile } from '../../store/engagementFile';
import { FILE_EXTENSION } from '../../store/fileFormat';
import { GuideTemplates } from '../../workspace/guideTemplates';
import type { CallContext } from '../context';
import { openAndRemember } from './openEngagement';

const DEFAULT_TITLE = { fr: 'Stratégie digitale', en: 'Digital strategy' } as const;

type CreateInput = z.output<typeof createEngagementInput>;

/**
 * Creates the file of a new engagement (in the default folder unless told, named
 * after the client unless a name is typed), seeds it with the defaults except the
 * `replaced` steps, and opens it. `after` runs in the same creation transaction.
 */
export async function createEngagement(
  input: CreateInput,
  ctx: CallContext,
  replaced: Partial<Record<SeedPart, SeedStep>> = {},
  after: (db: Database.Database) => void = () => {},
): Promise<EngagementHandle> {
  const folder = input.folder ?? ctx.workspace.defaultFolder();
  const title = input.title || DEFAULT_TITLE[input.deliverableLang];
  let filePath: string;
  if (input.fileName) {
    // A name the user typed is used as is: FILE_EXISTS if taken, never a silent rename.
    const fileName = input.fileName.toLowerCase().endsWith(FILE_EXTENSION) ? input.fileName : input.fileName + FILE_EXTENSION;
    filePath = path.join(folder, fileName);
  } else {
    filePath = firstFreePath(folder, engagementFileName(input.clientName, title));
  }
  const steps = { ...guideTemplateSteps(input.guideTemplateId, ctx), ...replaced };
  const now = ctx.now();
  createEngagementFile(
    filePath,
    {
      title,
      clientName: input.clientName,
      clientSector: input.clientSector,
      startDate: input.startDate,
      endDate: input.endDate,
      budgetEnvelopeCents: input.budgetEnvelopeCents,
      deliverableLang: input.deliverableLang,
    },
    (db) => {
      seedNewEngagement(db, input.deliverableLang, now, steps);
      after(db);
    },
    now,
  );
  // The consultant's own first engagement ends the welcome screen.
  ctx.workspace.finishFirstRun();
  return openAndRemember(filePath, ctx);
}

function guideTemplateSteps(templateId: string | undefined, ctx: CallContext): Partial<Record<SeedPart, SeedStep>> {
  if (!templateId) return {};
  const template = new GuideTemplates(ctx.workspace.dir).get(templateId);
  if (!template) throw new AppError('NOT_FOUND', { what: `template ${templateId}` });
  return { guide: guideTemplateStep(template) };
}

/**
 * Reads a previous engagement's structure. An engagement this window has open is
 * read through its session (the file is locked to it); otherwise the file is
 * opened like any other (header checks, migration of an older file) and closed.
 */
export async function readPreviousStructure(sourcePath: string, ctx: CallContext): Promise<EngagementStructure> {
  const absolute = path.resolve(sourcePath);
  const realPath = fs.existsSync(absolute) ? fs.realpathSync.native(absolute) : absolute;
  const alreadyOpen = ctx.sessions.list().some((session) => session.file.realPath === realPath);
  const session = await ctx.sessions.open(absolute, ctx.clientId);
  try {
    return session.read(readEngagementStructure);
  } finally {
    if (!alreadyOpen) ctx.sessions.close(session.id);
  }
}
