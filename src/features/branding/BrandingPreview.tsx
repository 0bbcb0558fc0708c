import { useTranslation } from 'react-i18next';
import { localeOf } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import type { BrandingProfile } from '../../shared/model/workspace';
import './brandingPreview.css';
import { previewVariables } from './previewStyle';

export type ProfileDraft = Omit<BrandingProfile, 'id'>;

/** The cover and an inside page drawn in HTML/CSS in the profile's colours and fonts. */
export function BrandingPreview({ profile }: { profile: ProfileDraft }) {
  const { t } = useTranslation('branding');
  const { lang } = useUiLanguage();
  const today = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' }).format(new Date());
  const money = (euros: number) => new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euros);
  const ownLogo = profile.logoDataUrl ? (
    <img className="bp-logo bp-logo--image" src={profile.logoDataUrl} alt={t('fields.logoAlt')} />
  ) : (
    <span className="bp-logo">{profile.agencyName || t('preview.yourLogo')}</span>
  );

  return (
    <div className="bp" style={previewVariables(profile)} role="group" aria-label={t('preview.label')} data-testid="branding-preview">
      <figure className="bp-sheet-wrap">
        <div className={`bp-sheet bp-cover bp-cover--${profile.coverStyle}`} data-testid="preview-cover">
          <div className="bp-cover__logos">
            {ownLogo}
            <span className="bp-logo bp-logo--client">{t('preview.clientLogo')}</span>
          </div>
          <div className="bp-cover__band">
            <p className="bp-cover__client">{t('preview.client')}</p>
            <h4 className="bp-cover__title">{t('preview.docTitle')}</h4>
          </div>
          <div className="bp-cover__meta">
            <div>{t('preview.version')}</div>
            <div>{today}</div>
            <div className="bp-cover__confidential">{t('preview.confidentiality')}</div>
          </div>
          <p className="bp-cover__agency">{[profile.agencyName, profile.consultantName].filter(Boolean).join(' · ')}</p>
        </div>
        <figcaption>{t('preview.cover')}</figcaption>
      </figure>
      <figure className="bp-sheet-wrap">
        <div className="bp-sheet bp-page" data-testid="preview-page">
          <header className="bp-page__header">
            <span>{t('preview.docTitle')}</span>
            <span>{t('preview.client')}</span>
          </header>
          <h4 className="bp-page__h1">{t('preview.heading')}</h4>
          <p className="bp-page__p">{t('preview.paragraph')}</p>
          <h5 className="bp-page__h2">{t('preview.subheading')}</h5>
          <table className="bp-page__table">
            <thead>
              <tr>
                <th>{t('preview.table.phase')}</th>
                <th>{t('preview.table.period')}</th>
                <th className="bp-num">{t('preview.table.budget')}</th>
              </tr>
            </thead>
            <tbody>
              <tr><td>{t('preview.rows.r1')}</td><td>{t('preview.periods.p1')}</td><td className="bp-num">{money(12500)}</td></tr>
              <tr><td>{t('preview.rows.r2')}</td><td>{t('preview.periods.p2')}</td><td className="bp-num">{money(24000)}</td></tr>
              <tr><td>{t('preview.rows.r3')}</td><td>{t('preview.periods.p3')}</td><td className="bp-num">{money(6500)}</td></tr>
            </tbody>
          </table>
          <footer className="bp-page__footer">
            <span className="bp-page__legal">{profile.legalFooter || profile.agencyName}</span>
            <span>{t('preview.footer')}</span>
          </footer>
        </div>
        <figcaption>{t('preview.page')}</figcaption>
      </figure>
    </div>
  );
}
