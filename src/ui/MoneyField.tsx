import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { centsToEditableText, parseEurosToCents } from '../app/format/money';
import { isLang } from '../shared/lang';
import { Field } from './Field';
import { pickFieldProps, type LabelledProps } from './fieldProps';

/**
 * An amount in euros typed as « 12 500 » or « 12 500,50 »; the value is integer
 * cents (null when empty). Reformatted with group separators on blur.
 */
export type MoneyFieldProps = LabelledProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id' | 'type'> & {
    value: number | null;
    onChange: (cents: number | null) => void;
  };

export function MoneyField(props: MoneyFieldProps) {
  const { t, i18n } = useTranslation('app');
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const { field, rest } = pickFieldProps(props);
  const { value, onChange, onBlur, ...input } = rest;
  const [text, setText] = useState(() => centsToEditableText(value, lang));
  const [invalid, setInvalid] = useState(false);
  // Follow a new value from outside (server refresh) unless the text already says it.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (parseEurosToCents(text) !== value) setText(centsToEditableText(value, lang));
  }
  return (
    <Field {...field} error={field.error ?? (invalid ? t('field.moneyInvalid') : undefined)}>
      {(control) => (
        <div className="ui-input-affix">
          <input
            placeholder="0"
            {...input}
            {...control}
            inputMode="decimal"
            autoComplete="off"
            className="ui-input ui-input--numeric"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              const cents = parseEurosToCents(event.target.value);
              const bad = Number.isNaN(cents);
              setInvalid(bad);
              if (!bad) onChange(cents);
            }}
            onBlur={(event) => {
              if (!invalid) setText(centsToEditableText(value, lang));
              onBlur?.(event);
            }}
          />
          <span className="ui-input-affix__suffix" aria-hidden="true">
            €
          </span>
        </div>
      )}
    </Field>
  );
}
