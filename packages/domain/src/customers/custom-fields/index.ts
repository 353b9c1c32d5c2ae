export type {
  CustomFieldChoice,
  CustomFieldEntity,
  CustomFieldRule,
  CustomFieldType,
  StoredCustomValue,
} from './custom-field.ts';
export {
  type CustomFieldChangeError,
  checkChoices,
  decideCustomFieldChange,
} from './decide-custom-field-change.ts';
export { type CustomValuesDecision, type CustomValuesError, decideCustomValues } from './decide-custom-values.ts';
export { customTextMaxLength, parseCustomValue, searchTextOf, typedTextOf } from './parse-custom-value.ts';
