import type { TextareaHTMLAttributes } from 'react';
import { Field } from './Field';
import { pickFieldProps, type LabelledProps } from './fieldProps';

export type TextAreaProps = LabelledProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function TextArea(props: TextAreaProps) {
  const { field, rest } = pickFieldProps(props);
  const { value, onChange, rows = 4, ...textarea } = rest;
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...textarea}
          {...control}
          rows={rows}
          className="ui-input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
