import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './Field';
import { pickFieldProps, type LabelledProps } from './fieldProps';

/** A whole or decimal number typed the French way (« 12 », « 3,5 »); null when empty. */
export type NumberFieldProps = LabelledProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id' | 'type'> & {
    value: number | null;
    onChange: (value: number | null) => void;
  };

export function parseLocaleNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return null;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

export function NumberField(props: NumberFieldProps) {
  const { t, i18n } = useTranslation('app');
  const { field, rest } = pickFieldProps(props);
  const { value, onChange, onBlur, ...input } = rest;
  const format = (n: number | null) => (n === null ? '' : new Intl.NumberFormat(i18n.language).format(n));
  const [text, setText] = useState(format(value));
  const [invalid, setInvalid] = useState(false);
  // Follow a new value from outside (server refresh) unless the text already says it.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (parseLocaleNumber(text) !== value) setText(format(value));
  }
  return (
    <Field {...field} error={field.error ?? (invalid ? t('field.numberInvalid') : undefined)}>
      {(control) => (
        <input
          {...input}
          {...control}
          inputMode="decimal"
          className="ui-input ui-input--numeric"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const parsed = parseLocaleNumber(event.target.value);
            setInvalid(Number.isNaN(parsed));
            if (!Number.isNaN(parsed)) onChange(parsed);
          }}
          onBlur={(event) => {
            if (!invalid) setText(format(value));
            onBlur?.(event);
          }}
        />
      )}
    </Field>
  );
}
