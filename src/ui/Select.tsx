import type { SelectHTMLAttributes } from 'react';
import { Field } from './Field';
import { pickFieldProps, type LabelledProps } from './fieldProps';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export type SelectProps<V extends string> = LabelledProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'id'> & {
    value: V;
    options: readonly SelectOption<V>[];
    onChange: (value: V) => void;
  };

export function Select<V extends string>(props: SelectProps<V>) {
  const { field, rest } = pickFieldProps(props);
  const { value, options, onChange, ...select } = rest;
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...select}
          {...control}
          className="ui-input"
          value={value}
          onChange={(event) => onChange(event.target.value as V)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
