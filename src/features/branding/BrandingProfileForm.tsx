import { useTranslation } from 'react-i18next';
import { useAutosaveField } from '../../app/save/useAutosaveField';
import { useErrorText } from '../../app/useErrorText';
import { WORD_SAFE_FONTS } from '../../shared/wordSafeFonts';
import type { BrandingProfile } from '../../shared/model/workspace';
import { Banner, Select, TextArea, TextField } from '../../ui';
import { BrandingPreview } from './BrandingPreview';
import { ColorField } from './ColorField';
import { LogoField } from './LogoField';

const HEX = /^#[0-9a-fA-F]{6}$/;
type Font = (typeof WORD_SAFE_FONTS)[number];
type CoverStyle = BrandingProfile['coverStyle'];

/**
 * One profile, edited as a whole and saved ~400 ms after the last change (the app
 * has no Save button); the preview follows the draft at every keystroke.
 */
export function BrandingProfileForm({ profile, onSave, autoFocus = false }: { profile: BrandingProfile; onSave: (profile: BrandingProfile) => Promise<unknown>; autoFocus?: boolean }) {
  const { t } = useTranslation('branding');
  const errorText = useErrorText();
  const field = useAutosaveField<BrandingProfile>({
    value: profile,
    save: onSave,
    validate: (draft) =>
      !draft.name.trim() ? t('fields.nameRequired') : !HEX.test(draft.primaryColor) || !HEX.test(draft.secondaryColor) ? t('fields.colorInvalid') : null,
  });
  const draft = field.draft;
  const set = (patch: Partial<BrandingProfile>) => field.setDraft({ ...draft, ...patch });
  const fonts = WORD_SAFE_FONTS.map((font) => ({ value: font, label: font }));
  const covers = (['band', 'full', 'minimal'] as const).map((value) => ({ value, label: t(`fields.coverStyles.${value}`) }));

  return (
    <div className="branding-editor" onBlur={field.flush}>
      <div className="branding-editor__form">
        {field.error ? <Banner tone="danger">{errorText(field.error)}</Banner> : null}
        {profile.id === 'default' && <p className="branding-editor__notice">{t('defaultNotice')}</p>}
        <fieldset className="branding-group">
          <legend>{t('sections.identity')}</legend>
          {/* A new profile: the name is selected, so typing replaces the suggestion. */}
          <TextField label={t('fields.name')} required value={draft.name} onChange={(name) => set({ name })} autoFocus={autoFocus} onFocus={autoFocus ? (e) => e.currentTarget.select() : undefined} />
          <div className="branding-group__pair">
            <TextField label={t('fields.agencyName')} value={draft.agencyName} onChange={(agencyName) => set({ agencyName })} />
            <TextField label={t('fields.consultantName')} value={draft.consultantName} onChange={(consultantName) => set({ consultantName })} />
          </div>
          <LogoField value={draft.logoDataUrl} onChange={(logoDataUrl) => set({ logoDataUrl })} />
        </fieldset>
        <fieldset className="branding-group">
          <legend>{t('sections.colours')}</legend>
          <div className="branding-group__pair">
            <ColorField label={t('fields.primaryColor')} value={draft.primaryColor} onChange={(primaryColor) => set({ primaryColor })} />
            <ColorField label={t('fields.secondaryColor')} value={draft.secondaryColor} onChange={(secondaryColor) => set({ secondaryColor })} />
            <Select<Font> label={t('fields.headingFont')} value={draft.headingFont as Font} options={fonts} onChange={(headingFont) => set({ headingFont })} />
            <Select<Font> label={t('fields.bodyFont')} value={draft.bodyFont as Font} options={fonts} onChange={(bodyFont) => set({ bodyFont })} />
          </div>
          <Select<CoverStyle> label={t('fields.coverStyle')} value={draft.coverStyle} options={covers} onChange={(coverStyle) => set({ coverStyle })} />
        </fieldset>
        <fieldset className="branding-group">
          <legend>{t('sections.texts')}</legend>
          <TextArea label={t('fields.contactBlock')} hint={t('fields.contactHint')} rows={3} value={draft.contactBlock} onChange={(contactBlock) => set({ contactBlock })} />
          <TextArea label={t('fields.legalFooter')} hint={t('fields.legalHint')} rows={2} value={draft.legalFooter} onChange={(legalFooter) => set({ legalFooter })} />
        </fieldset>
      </div>
      <section className="branding-editor__preview" aria-label={t('sections.preview')}>
        <h3 className="branding-editor__preview-title">{t('sections.preview')}</h3>
        <BrandingPreview profile={draft} />
      </section>
    </div>
  );
}
