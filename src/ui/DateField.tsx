import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';
import { pickFieldProps, type LabelledProps } from './fieldProps';

/** A calendar day as `YYYY-MM-DD` (or '' when empty); the browser draws the picker. */
export type DateFieldProps = LabelledProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id' | 'type'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function DateField(props: DateFieldProps) {
  const { field, rest } = pickFieldProps(props);
  const { value, onChange, ...input } = rest;
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...input}
          {...control}
          type="date"
          className="ui-input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
