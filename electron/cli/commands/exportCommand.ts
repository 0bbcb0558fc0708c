import fs from 'node:fs';
import path from 'node:path';
import { isLang } from '../../../src/shared/lang';
import { DELIVERABLE_KINDS, isDeliverableKind, type DeliverableKind } from '../../../src/shared/model/deliverables';
import { exportDeliverables } from '../../core/export/exportDeliverables';
import { resolveProfile } from '../../core/export/resolveProfile';
import { EngagementSessions } from '../../core/store/sessions';
import { defaultUserDataDir } from '../../core/workspace/appPaths';
import { Workspace } from '../../core/workspace/workspace';
import { formatBytes, localise } from '../cliContext';
import { EXIT, optionalString, requireString, UsageError, type CliCommand } from '../command';

/** `orchestre export FILE --deliverable NAME|all --out PATH [--lang fr|en] [--profile NAME]`: Word deliverables. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: { fr: 'exporte des livrables Word', en: 'export Word deliverables' },
  usage: 'orchestre export FILE --deliverable NAME|all --out PATH [--lang fr|en] [--profile NAME]',
  help: {
    fr: [
      'Produit les livrables Word (.docx) de la mission et les inscrit à son historique d’export.',
      `  --deliverable NAME|all   ${DELIVERABLE_KINDS.join(', ')}, ou all`,
      '  --out PATH               dossier de sortie (créé au besoin)',
      '  --lang fr|en             langue du livrable (par défaut : celle de la mission)',
      '  --profile NAME           profil de marque (identifiant ou nom ; par défaut : celui de la mission)',
    ],
    en: [
      'Produces the engagement’s Word deliverables (.docx) and records them in its export history.',
      `  --deliverable NAME|all   ${DELIVERABLE_KINDS.join(', ')}, or all`,
      '  --out PATH               output folder (created if needed)',
      '  --lang fr|en             deliverable language (default: the engagement’s)',
      '  --profile NAME           branding profile (id or name; default: the engagement’s)',
    ],
  },
  options: { deliverable: { type: 'string' }, out: { type: 'string' }, profile: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(args, ctx) {
    const which = requireString(args, 'deliverable');
    const out = path.resolve(requireString(args, 'out'));
    const lang = optionalString(args, 'lang');
    if (lang !== undefined && !isLang(lang)) throw new UsageError({ fr: '--lang attend fr ou en.', en: '--lang expects fr or en.' });
    const kinds: DeliverableKind[] = which === 'all' ? [...DELIVERABLE_KINDS] : which.split(',').map((k) => k.trim()).filter(isDeliverableKind);
    if (!kinds.length || (which !== 'all' && kinds.length !== which.split(',').length)) {
      throw new UsageError({ fr: `Livrable inconnu : ${which}. Choix : ${DELIVERABLE_KINDS.join(', ')}, all.`, en: `Unknown deliverable: ${which}. Choose: ${DELIVERABLE_KINDS.join(', ')}, all.` });
    }
    const userData = defaultUserDataDir();
    const workspace = new Workspace(userData);
    const sessions = new EngagementSessions({ backupDir: workspace.backupDir });
    const session = await sessions.open(args.positionals[0] ?? '', 'cli');
    try {
      const engagementProfile = session.read((db) => (db.prepare('SELECT branding_profile_id AS id FROM engagement WHERE id = 1').get() as { id: string | null }).id);
      const profile = resolveProfile(workspace.brandingProfiles(), optionalString(args, 'profile'), engagementProfile);
      if (!profile) {
        ctx.err(localise(ctx.lang, ctx.lang === 'fr' ? `Profil de marque introuvable : ${optionalString(args, 'profile')}.` : `Branding profile not found: ${optionalString(args, 'profile')}.`));
        return EXIT.failure;
      }
      fs.mkdirSync(out, { recursive: true });
      const result = await exportDeliverables(session, { deliverables: kinds, ...(lang ? { lang } : {}), profile, folder: out, now: ctx.now });
      for (const file of result.files) {
        const note = file.sameAsPrevious ? (ctx.lang === 'fr' ? ' (inchangé)' : ' (unchanged)') : '';
        ctx.out(localise(ctx.lang, `${file.path}  v${file.version}${note}  ${formatBytes(file.byteSize, ctx.lang)}`));
      }
      ctx.out(localise(ctx.lang, ctx.lang === 'fr' ? `${result.files.length} livrable(s) en ${(result.elapsedMs / 1000).toFixed(1)} s.` : `${result.files.length} deliverable(s) in ${(result.elapsedMs / 1000).toFixed(1)} s.`));
      return EXIT.ok;
    } finally {
      sessions.closeAll();
    }
  },
};
