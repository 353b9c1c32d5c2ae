import { addPricePlanVersion } from './add-price-plan-version.ts';
import { createPricePlan } from './create-price-plan.ts';

/** The tariff commands a tenant may hold for approval (tariffs.publish in fourEyesActions). */
export const approvableTariffCommands = [createPricePlan, addPricePlanVersion] as const;
export { findPricePlan } from './find-price-plan.ts';
export type { PricePlanTables } from './price-plan.tables.ts';
export type { PricePlanInvalid } from './price-plan-invalid.ts';
export { rateUsage } from './rate-usage.ts';
export { ratedBillResponse } from './rated-bill-response.ts';
export { tariffRoutes } from './tariffs.routes.ts';
