import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';
import { pickFieldProps, type LabelledProps } from './fieldProps';

export type TextFieldProps = LabelledProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function TextField(props: TextFieldProps) {
  const { field, rest } = pickFieldProps(props);
  const { value, onChange, type = 'text', ...input } = rest;
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...input}
          {...control}
          type={type}
          className="ui-input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
