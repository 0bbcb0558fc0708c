import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ENGAGEMENT_PHASES } from '../../../src/shared/engagementPhase';
import type { Lang } from '../../../src/shared/lang';
import type { BrandingProfile, EngagementFileEntry, RecentEngagement, WorkspaceState } from '../../../src/shared/model/workspace';
import { AppError } from '../../../src/shared/errors';
import { FILE_EXTENSION } from '../store/fileFormat';
import { writeFileAtomic } from './atomicWrite';
import { defaultEngagementsFolder } from './appPaths';
import { DEFAULT_BRANDING } from './defaultBranding';

/** The home screen lists every engagement the workspace knows: a generous cap, not a "recent" handful. */
const MAX_RECENTS = 2000;

const recentSchema = z
  .object({
    path: z.string(),
    clientName: z.string(),
    title: z.string(),
    lastOpenedAt: z.number(),
    progress: z.number().min(0).max(1),
    phase: z.enum(ENGAGEMENT_PHASES).default('start'),
    createdAt: z.number().optional(),
    archived: z.boolean().optional(),
    /** Before 0.2 the file's own status was copied here; it seeds `archived` once. */
    status: z.enum(['active', 'archived']).optional(),
  })
  .transform(({ status, archived, createdAt, ...recent }) => ({
    ...recent,
    createdAt: createdAt ?? recent.lastOpenedAt,
    archived: archived ?? status === 'archived',
  }));

const brandingSchema = z.object({
  id: z.string(),
  name: z.string(),
  agencyName: z.string(),
  consultantName: z.string(),
  logoDataUrl: z.string().nullable(),
  primaryColor: z.string(),
  secondaryColor: z.string(),
  headingFont: z.string(),
  bodyFont: z.string(),
  contactBlock: z.string(),
  legalFooter: z.string(),
  coverStyle: z.enum(['band', 'full', 'minimal']),
});

const fileSchema = z.object({
  version: z.literal(1),
  uiLang: z.enum(['fr', 'en']).default('fr'),
  defaultFolder: z.string().optional(),
  recents: z.array(recentSchema).default([]),
  branding: z.array(brandingSchema).default([]),
  firstRunDone: z.boolean().default(false),
  backupKeep: z.number().int().min(1).max(200).default(10),
});

type WorkspaceFile = z.infer<typeof fileSchema>;

/**
 * App-level settings, kept in `workspace.json` in the user-data folder: UI
 * language, default folder, recent engagements, branding profiles. Written
 * atomically; a damaged file is set aside (never deleted) and replaced by defaults.
 */
export class Workspace {
  readonly dir: string;
  private data: WorkspaceFile;

  constructor(userDataDir: string, private readonly env = process.env) {
    this.dir = userDataDir;
    this.data = this.load();
  }

  get file(): string {
    return path.join(this.dir, 'workspace.json');
  }

  /** Rolling backups and pre-migration copies: beside the app's data, not beside the files. */
  get backupDir(): string {
    return path.join(this.dir, 'backups');
  }

  private load(): WorkspaceFile {
    try {
      const raw = fs.readFileSync(this.file, 'utf8');
      return fileSchema.parse(JSON.parse(raw));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && fs.existsSync(this.file)) {
        fs.renameSync(this.file, `${this.file}.damaged-${Date.now()}`);
      }
      return fileSchema.parse({ version: 1 });
    }
  }

  private save(): void {
    writeFileAtomic(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
  }

  state(): WorkspaceState {
    return {
      uiLang: this.data.uiLang,
      defaultFolder: this.defaultFolder(),
      recents: this.data.recents.map((recent) => ({ ...recent, exists: fs.existsSync(recent.path) })),
      firstRun: !this.data.firstRunDone,
    };
  }

  defaultFolder(): string {
    return this.data.defaultFolder ?? defaultEngagementsFolder(this.env);
  }

  /** How many rolling backups each engagement keeps. */
  backupKeep(): number {
    return this.data.backupKeep;
  }

  setBackupKeep(keep: number): number {
    this.data.backupKeep = keep;
    this.save();
    return keep;
  }

  uiLang(): Lang {
    return this.data.uiLang;
  }

  setLanguage(lang: Lang): WorkspaceState {
    this.data.uiLang = lang;
    this.save();
    return this.state();
  }

  setDefaultFolder(folder: string): WorkspaceState {
    this.data.defaultFolder = path.resolve(folder);
    this.save();
    return this.state();
  }

  /** Records an open or close; an archived engagement stays archived until the user says otherwise. */
  rememberRecent(entry: Omit<RecentEngagement, 'exists' | 'archived'>): void {
    const previous = this.data.recents.find((recent) => recent.path === entry.path);
    const others = this.data.recents.filter((recent) => recent.path !== entry.path);
    this.data.recents = [{ ...entry, archived: previous?.archived ?? false }, ...others].slice(0, MAX_RECENTS);
    this.save();
  }

  /** Archiving is the workspace's business: the client's file is neither moved nor written. */
  setArchived(filePath: string, archived: boolean): WorkspaceState {
    const recent = this.data.recents.find((candidate) => candidate.path === filePath);
    if (!recent) throw new AppError('NOT_FOUND', { what: path.basename(filePath) });
    recent.archived = archived;
    this.save();
    return this.state();
  }

  /** The welcome screen is not shown again (dismissed, or a first engagement created). */
  finishFirstRun(): WorkspaceState {
    if (!this.data.firstRunDone) {
      this.data.firstRunDone = true;
      this.save();
    }
    return this.state();
  }

  forgetRecent(filePath: string): WorkspaceState {
    this.data.recents = this.data.recents.filter((recent) => recent.path !== filePath);
    this.save();
    return this.state();
  }

  /** `.orchestre` files directly inside a folder (the default one unless given). */
  listFiles(folder = this.defaultFolder()): EngagementFileEntry[] {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      return [];
    }
    return names
      .filter((name) => name.toLowerCase().endsWith(FILE_EXTENSION) && !name.startsWith('.'))
      .flatMap((name) => {
        const full = path.join(folder, name);
        try {
          const stat = fs.statSync(full);
          return stat.isFile() ? [{ path: full, fileName: name, sizeBytes: stat.size, modifiedAt: stat.mtimeMs, meta: null }] : [];
        } catch {
          return [];
        }
      })
      .sort((a, b) => b.modifiedAt - a.modifiedAt);
  }

  brandingProfiles(): BrandingProfile[] {
    return this.data.branding.length ? (this.data.branding as BrandingProfile[]) : [DEFAULT_BRANDING];
  }

  saveBranding(profile: Omit<BrandingProfile, 'id'> & { id?: string | undefined }): BrandingProfile {
    const saved: BrandingProfile = { ...profile, id: profile.id ?? crypto.randomUUID().slice(0, 8) };
    const others = this.data.branding.filter((existing) => existing.id !== saved.id);
    this.data.branding = [...others, saved];
    this.save();
    return saved;
  }

  deleteBranding(id: string): boolean {
    const before = this.data.branding.length;
    this.data.branding = this.data.branding.filter((profile) => profile.id !== id);
    if (this.data.branding.length === before) return false;
    this.save();
    return true;
  }
}
