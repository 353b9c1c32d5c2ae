import type { CustomFieldChoice, CustomFieldEntity, CustomFieldType } from '@utilis/contracts';
import type { ColumnType, Selectable } from 'kysely';

export interface CustomFieldDefinitionTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  entity: ColumnType<CustomFieldEntity, CustomFieldEntity, never>;
  key: ColumnType<string, string, never>;
  label: string;
  type: CustomFieldType;
  // jsonb: read back parsed, written as JSON text (node-postgres would send an array as a PostgreSQL array).
  choices: ColumnType<CustomFieldChoice[] | null, string | null, string | null>;
  isRequired: boolean;
  isSearchable: boolean;
  isRetired: boolean;
  position: number;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface CustomFieldValueTable {
  tenantId: ColumnType<string, string, never>;
  entity: ColumnType<CustomFieldEntity, CustomFieldEntity, never>;
  entityId: ColumnType<string, string, never>;
  fieldId: ColumnType<string, string, never>;
  valueText: string | null;
  // numeric: read back as exact decimal text.
  valueNumber: string | null;
  // date: read back as YYYY-MM-DD text (see db/type-parsers.ts).
  valueDate: string | null;
  searchText: string | null;
  updatedAt: Date;
}

export interface CustomFieldTables {
  customFieldDefinition: CustomFieldDefinitionTable;
  customFieldValue: CustomFieldValueTable;
}

export type CustomFieldDefinitionRow = Selectable<CustomFieldDefinitionTable>;
export type CustomFieldValueRow = Selectable<CustomFieldValueTable>;
