import type { AccessTables } from '../access/access.tables.ts';
import type { ApprovalTables } from '../approvals/approval.tables.ts';
import type { AuditTables } from '../audit/audit.tables.ts';
import type { CommandTables } from '../commands/command.tables.ts';
import type { AccountTables } from '../customers/accounts/account.tables.ts';
import type { AgreementTables } from '../customers/agreements/agreement.tables.ts';
import type { CustomFieldTables } from '../customers/custom-fields/custom-field.tables.ts';
import type { PartyTables } from '../customers/parties/party.tables.ts';
import type { PremiseTables } from '../customers/premises/premise.tables.ts';
import type { MeterTables } from '../metering/meter.tables.ts';
import type { PricePlanTables } from '../tariffs/price-plan.tables.ts';
import type { TenantTables } from '../tenants/tenant.tables.ts';

/** The whole schema as Kysely sees it; each context declares its own tables. */
export interface Database
  extends AccessTables,
    TenantTables,
    PartyTables,
    AccountTables,
    PricePlanTables,
    AuditTables,
    CommandTables,
    ApprovalTables,
    PremiseTables,
    CustomFieldTables,
    AgreementTables,
    MeterTables {}
