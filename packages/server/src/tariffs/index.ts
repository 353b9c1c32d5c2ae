import { addPricePlanVersion } from './add-price-plan-version.ts';
import { createPricePlan } from './create-price-plan.ts';

/** The tariff commands a tenant may hold for approval (tariffs.publish in fourEyesActions). */
export const approvableTariffCommands = [createPricePlan, addPricePlanVersion] as const;
export { findPricePlan } from './find-price-plan.ts';
export type { PricePlanTables } from './price-plan.tables.ts';
export type { PricePlanInvalid } from './price-plan-invalid.ts';
export { rateServicePeriod } from './rate-service-period.ts';
export { rateUsage } from './rate-usage.ts';
export { ratedBillResponse } from './rated-bill-response.ts';
export type { ServicePeriodRating } from './service-period-rating.ts';
export { tariffRoutes } from './tariffs.routes.ts';
