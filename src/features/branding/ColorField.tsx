import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const HEX = /^#[0-9a-fA-F]{6}$/;

/** A colour as a native picker plus its #RRGGBB text, both editing the same value. */
export function ColorField({ label, value, onChange, disabled }: { label: string; value: string; onChange: (value: string) => void; disabled?: boolean }) {
  const { t } = useTranslation('branding');
  const id = useId();
  const valid = HEX.test(value);
  return (
    <div className="ui-field color-field">
      <label className="ui-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="color-field__row">
        <input
          type="color"
          className="color-field__swatch"
          aria-label={t('fields.colorPicker', { name: label.toLowerCase() })}
          value={valid ? value.toLowerCase() : '#000000'}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value.toUpperCase())}
        />
        <input
          id={id}
          className="ui-input color-field__hex"
          value={value}
          maxLength={7}
          spellCheck={false}
          disabled={disabled}
          aria-invalid={!valid || undefined}
          aria-describedby={valid ? undefined : `${id}-error`}
          onChange={(event) => onChange(event.target.value.trim())}
        />
      </div>
      {!valid && (
        <p className="ui-field__error" id={`${id}-error`} role="alert">
          {t('fields.colorInvalid')}
        </p>
      )}
    </div>
  );
}
