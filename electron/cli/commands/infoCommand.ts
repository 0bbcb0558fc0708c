import type { Lang } from '../../../src/shared/lang';
import { getEngagementCounts, getEngagementInfo } from '../../core/domain/engagement';
import { APPLICATION_ID } from '../../core/store/fileFormat';
import { readUserVersion } from '../../core/store/migrate';
import { SCHEMA_VERSION } from '../../core/store/migrations';
import { formatBytes, formatEurosHT, formatTimestamp, localise } from '../cliContext';
import { EXIT, type CliCommand } from '../command';
import { withReadOnly } from '../readOnlyFile';

type Counts = ReturnType<typeof getEngagementCounts> & { images: number };

function contentLine(counts: Counts, lang: Lang): string {
  const n = (value: number, fr: string, en: string) => {
    const [singular, plural] = (lang === 'fr' ? fr : en).split('|');
    return `${value} ${value > 1 || (lang === 'en' && value === 0) ? plural : singular}`;
  };
  return [
    n(counts.interviewSessions, 'entretien|entretiens', 'interview|interviews'),
    n(counts.notes, 'note|notes', 'note|notes'),
    n(counts.objectives, 'objectif|objectifs', 'objective|objectives'),
    `${counts.auditChannelsScored}/${n(counts.auditChannels, 'canal audité|canaux audités', 'channel audited|channels audited')}`,
    n(counts.competitors, 'concurrent|concurrents', 'competitor|competitors'),
    n(counts.personas, 'persona|personas', 'persona|personas'),
    `${n(counts.actions, 'action|actions', 'action|actions')} (${n(counts.actionsDone, 'terminée|terminées', 'done|done')})`,
    n(counts.risks, 'risque|risques', 'risk|risks'),
    n(counts.exports, 'export|exports', 'export|exports'),
    n(counts.images, 'image|images', 'image|images'),
  ].join(', ');
}

/** `orchestre info FILE`: what the engagement is and holds, read-only. */
export const infoCommand: CliCommand = {
  name: 'info',
  summary: { fr: 'affiche la fiche d’une mission (lecture seule)', en: 'show an engagement’s summary (read-only)' },
  usage: 'orchestre info FILE [--json]',
  help: {
    fr: ['Ouvre FILE en lecture seule : ne le migre pas et n’y écrit rien.', '  --json   sortie JSON'],
    en: ['Opens FILE read-only: never migrates it, never writes to it.', '  --json   JSON output'],
  },
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run(args, ctx) {
    const report = withReadOnly(args.positionals[0] ?? '', ({ db, header, path }) => {
      const version = readUserVersion(db);
      const info = getEngagementInfo(db);
      const counts = getEngagementCounts(db);
      const images = (db.prepare('SELECT count(*) AS n FROM images').get() as { n: number }).n;
      return { path, version, info, counts: { ...counts, images }, size: header.fileSize };
    });
    const { info, counts, version } = report;
    if (args.values.json) {
      ctx.out(
        JSON.stringify(
          { path: report.path, schemaVersion: version, applicationId: APPLICATION_ID, size: report.size, info, counts },
          null,
          2,
        ),
      );
      return EXIT.ok;
    }
    const fr = ctx.lang === 'fr';
    const none = fr ? 'non renseigné' : 'not set';
    const versionNote =
      version < SCHEMA_VERSION
        ? fr
          ? ` (ancien : l’app le migrera vers ${SCHEMA_VERSION} à l’ouverture, après une sauvegarde)`
          : ` (older: the app migrates it to ${SCHEMA_VERSION} on open, after a backup)`
        : fr
          ? ' (à jour)'
          : ' (current)';
    const rows: [string, string][] = [
      [fr ? 'Client' : 'Client', [info.clientName, info.clientSector, info.clientCity].filter(Boolean).join(' · ')],
      [fr ? 'Mission' : 'Engagement', info.title],
      [fr ? 'Dates' : 'Dates', `${info.startDate ?? '…'} → ${info.endDate ?? '…'}`],
      [
        fr ? 'Budget' : 'Budget',
        info.budgetEnvelopeCents === null ? none : formatEurosHT(info.budgetEnvelopeCents, ctx.lang),
      ],
      [fr ? 'Livrables' : 'Deliverables', info.deliverableLang],
      [fr ? 'Confidentialité' : 'Confidentiality', info.confidentiality || none],
      [fr ? 'Statut' : 'Status', info.status],
      [fr ? 'Créée' : 'Created', formatTimestamp(info.createdAt)],
      [fr ? 'Modifiée' : 'Updated', formatTimestamp(info.updatedAt)],
      [fr ? 'Identifiant' : 'Identifier', info.uid],
      [fr ? 'Format' : 'Format', `${fr ? 'schéma' : 'schema'} ${version}${versionNote}`],
      ['application_id', `0x${APPLICATION_ID.toString(16).toUpperCase()} (${APPLICATION_ID})`],
      [fr ? 'Taille' : 'Size', formatBytes(report.size, ctx.lang)],
      [fr ? 'Contenu' : 'Content', contentLine(counts, ctx.lang)],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    ctx.out(report.path);
    for (const [label, value] of rows) ctx.out(localise(ctx.lang, `  ${label.padEnd(width)}  ${value}`));
    return EXIT.ok;
  },
};
