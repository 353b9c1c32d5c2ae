import type { Migration } from 'kysely/migration';
import * as tenancy from './2026-11-23-0001-tenancy.ts';
import * as partiesAccounts from './2026-11-23-0002-parties-accounts.ts';
import * as tariffs from './2026-11-23-0003-tariffs.ts';
import * as accessAudit from './2026-11-23-0004-access-audit.ts';
import * as premisesAgreements from './2026-11-23-0005-premises-agreements.ts';
import * as search from './2026-11-23-0006-search.ts';
import * as partyAccountDetails from './2026-11-25-0007-party-account-details.ts';
import * as meters from './2026-11-25-0008-meters.ts';
import * as customFields from './2026-11-25-0009-custom-fields.ts';
import * as searchCoverage from './2026-11-25-0010-search-coverage.ts';
import * as imports from './2026-11-25-0011-imports.ts';
import * as commandPath from './2026-12-05-0012-command-path.ts';
import * as accountFacts from './2026-12-05-0013-account-facts.ts';
import * as partyReferencePattern from './2026-12-05-0014-party-reference-pattern.ts';
import * as partyReferences from './2026-12-05-0016-party-references.ts';

/** Every migration by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026-11-23-0001-tenancy': tenancy,
  '2026-11-23-0002-parties-accounts': partiesAccounts,
  '2026-11-23-0003-tariffs': tariffs,
  '2026-11-23-0004-access-audit': accessAudit,
  '2026-11-23-0005-premises-agreements': premisesAgreements,
  '2026-11-23-0006-search': search,
  '2026-11-25-0007-party-account-details': partyAccountDetails,
  '2026-11-25-0008-meters': meters,
  '2026-11-25-0009-custom-fields': customFields,
  '2026-11-25-0010-search-coverage': searchCoverage,
  '2026-11-25-0011-imports': imports,
  '2026-12-05-0012-command-path': commandPath,
  '2026-12-05-0013-account-facts': accountFacts,
  '2026-12-05-0014-party-reference-pattern': partyReferencePattern,
  '2026-12-05-0016-party-references': partyReferences,
};
