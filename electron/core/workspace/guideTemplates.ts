import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { GuideTemplate } from '../../../src/shared/model/interview';
import { DEFAULT_GUIDES } from '../domain/interview/defaultGuides';
import { writeFileAtomic } from './atomicWrite';

const templateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  name: z.string(),
  lang: z.enum(['fr', 'en']),
  builtIn: z.literal(false).default(false),
  updatedAt: z.number(),
  sections: z.array(z.object({ title: z.string(), questions: z.array(z.object({ text: z.string(), hint: z.string() })) })),
});
const fileSchema = z.object({ version: z.literal(1), templates: z.array(templateSchema) });

/**
 * Interview guides saved as reusable templates, at app level (`guide-templates.json`
 * in the user-data folder), so the next engagement can start from them. Written
 * atomically; a damaged file is set aside, never deleted.
 */
export class GuideTemplates {
  constructor(private readonly dir: string) {}

  get file(): string {
    return path.join(this.dir, 'guide-templates.json');
  }

  private load(): GuideTemplate[] {
    try {
      return fileSchema.parse(JSON.parse(fs.readFileSync(this.file, 'utf8'))).templates;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && fs.existsSync(this.file)) {
        fs.renameSync(this.file, `${this.file}.damaged-${Date.now()}`);
      }
      return [];
    }
  }

  private store(templates: GuideTemplate[]): void {
    writeFileAtomic(this.file, `${JSON.stringify({ version: 1, templates }, null, 2)}\n`);
  }

  /** Built-in guides first (FR, EN), then the consultant's own, most recent first. */
  list(): GuideTemplate[] {
    return [DEFAULT_GUIDES.fr, DEFAULT_GUIDES.en, ...this.load().sort((a, b) => b.updatedAt - a.updatedAt)];
  }

  get(id: string): GuideTemplate | undefined {
    return this.list().find((template) => template.id === id);
  }

  /** Saves under a new id, or replaces the template with the same name (same language). */
  save(input: Omit<GuideTemplate, 'id' | 'builtIn' | 'updatedAt'>, now: number): GuideTemplate {
    const templates = this.load();
    const existing = templates.find((t) => t.name === input.name && t.lang === input.lang);
    const template: GuideTemplate = { ...input, id: existing?.id ?? `tpl-${crypto.randomBytes(6).toString('hex')}`, builtIn: false, updatedAt: now };
    this.store([...templates.filter((t) => t.id !== template.id), template]);
    return template;
  }

  delete(id: string): boolean {
    const templates = this.load();
    const kept = templates.filter((t) => t.id !== id);
    if (kept.length === templates.length) return false;
    this.store(kept);
    return true;
  }
}
