import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { formatFileSize } from '../deliverables/formatFileSize';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { readLogoFile } from './readLogoFile';

/** Logo upload: a PNG/JPEG read into a data URL, refused with a clear reason when too heavy. */
export function LogoField({ value, onChange }: { value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation('branding');
  const { lang } = useUiLanguage();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readLogoFile(file);
    if (result.ok) {
      setError(null);
      onChange(result.dataUrl);
    } else if (result.reason === 'tooLarge') setError(t('fields.logoTooLarge', { size: formatFileSize(result.size, lang) }));
    else setError(t(result.reason === 'wrongType' ? 'fields.logoWrongType' : 'fields.logoUnreadable'));
    if (input.current) input.current.value = '';
  };

  return (
    <div className="ui-field logo-field">
      <span className="ui-field__label">{t('fields.logo')}</span>
      <div className="logo-field__row">
        <div className="logo-field__thumb">{value ? <img src={value} alt={t('fields.logoAlt')} /> : null}</div>
        <Button size="sm" onClick={() => input.current?.click()}>
          {value ? t('fields.logoReplace') : t('fields.logoChoose')}
        </Button>
        {value && (
          <Button size="sm" variant="ghost" onClick={() => onChange(null)}>
            {t('fields.logoRemove')}
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg"
          className="visually-hidden"
          aria-label={t('fields.logo')}
          tabIndex={-1}
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
      </div>
      {error ? (
        <p className="ui-field__error" role="alert">
          {error}
        </p>
      ) : (
        <p className="ui-field__hint">{t('fields.logoHint')}</p>
      )}
    </div>
  );
}
