/** What a tenant's custom field is attached to. */
export type CustomFieldEntity = 'party' | 'account' | 'premise';

/** How a custom field's value is typed and checked. */
export type CustomFieldType = 'text' | 'number' | 'date' | 'choice';

/** One option of a choice field: a stable code and the label people see. */
export interface CustomFieldChoice {
  readonly code: string;
  readonly label: string;
}

/** The parts of a field definition its values are checked against. */
export interface CustomFieldRule {
  readonly id: string;
  readonly key: string;
  readonly type: CustomFieldType;
  readonly choices: readonly CustomFieldChoice[] | null;
  readonly isRequired: boolean;
  readonly isSearchable: boolean;
  readonly isRetired: boolean;
}

/** A value as stored: exactly one typed column set, plus the text search compares. */
export interface StoredCustomValue {
  readonly valueText: string | null;
  readonly valueNumber: string | null;
  readonly valueDate: string | null;
  /** Null when the field is not searchable (or retired): such a value is never found. */
  readonly searchText: string | null;
}
