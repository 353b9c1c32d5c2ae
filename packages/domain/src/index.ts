export * from './access/effective-access.ts';
export * from './access/sign-in-attempts.ts';
export * from './calendar/date-range.ts';
export { dateOfDayNumber, dayNumber, dayNumberOf } from './calendar/day-number.ts';
export { monthEquivalents } from './calendar/month-equivalents.ts';
export { todayIn } from './calendar/today-in.ts';
export * from './customers/accounts/account-facts.ts';
export { accountNumberFor, hasValidCheckDigit } from './customers/accounts/account-number.ts';
export {
  type AccountNumberPattern,
  defaultAccountNumberPattern,
  formatAccountNumber,
  matchesAccountNumberPattern,
  parseAccountNumberPattern,
} from './customers/accounts/account-number-pattern.ts';
export { wouldCloseBillingLoop } from './customers/accounts/consolidated-billing.ts';
export { type EffectivePeriod, firstOverlap, periodsShareADay } from './customers/accounts/effective-periods.ts';
export {
  type AgreementChange,
  type AgreementChangeError,
  type AgreementOperation,
  type AgreementSpan,
  applyAgreementChange,
  decideAgreementChange,
} from './customers/agreements/agreement-timeline.ts';
export * from './customers/custom-fields/index.ts';
export {
  decidePartyChange,
  type PartyNameChanges,
  type PartyNames,
} from './customers/parties/decide-party-change.ts';
export { displayName, type NameParts } from './customers/parties/display-name.ts';
export { defaultPartyReferencePattern } from './customers/parties/party-reference.ts';
export {
  type AverageConsumption,
  type AveragePer,
  averageConsumption,
  type MeteredPeriod,
} from './estimation/average-consumption.ts';
export {
  type Estimate,
  type EstimateConsumptionInput,
  type EstimateFailureCode,
  estimateConsumption,
  type QuantityRounding,
} from './estimation/estimate-consumption.ts';
export { type Norm, type NormConsumption, normConsumption } from './estimation/norm-consumption.ts';
export { recalculationDifference } from './estimation/recalculation-difference.ts';
export * from './imports/index.ts';
export { assignMoveReadings, type MeterInstalledOnMoveDay } from './metering/assign-move-readings.ts';
export {
  consumptionAcrossMeters,
  fitsRegister,
  type MeterPart,
  readingFitsRegister,
} from './metering/consumption-across-meters.ts';
export { consumptionBetweenReadings } from './metering/consumption-between-readings.ts';
export { decideMasterMeter, maxMasterDepth } from './metering/decide-master-meter.ts';
export { decideMeterChange } from './metering/decide-meter-change.ts';
export {
  decideExchange,
  decideInstallation,
  decideRemoval,
  type InstallationError,
  type InstallationSpan,
  installationsShareADay,
} from './metering/meter-installation-timeline.ts';
export { meterKindFitsService } from './metering/meter-kind-fits-service.ts';
export { allocateByWeights } from './money/allocate.ts';
export { minorUnitsOf } from './money/currencies.ts';
export { formatMoney, type Money, moneyValue, toMoney } from './money/money.ts';
export type { Rational } from './numbers/rational.ts';
export * as exact from './numbers/rational.ts';
export { type RoundingMode, roundingModes } from './numbers/rounding-mode.ts';
export {
  type DatedRate,
  type DatedRatesError,
  parseDatedRates,
  type RateSchedule,
  rateChangesWithin,
  rateInForce,
} from './penalties/dated-rates.ts';
export {
  type DayCount,
  type InterestStretch,
  type LateInterest,
  type LateInterestError,
  type LateInterestInput,
  lateInterest,
} from './penalties/late-interest.ts';
export {
  housingCodeSteps,
  type PaymentReceived,
  type PenaltyStep,
  type PenaltyStretch,
  type RateCap,
  type RussianPenalty,
  type RussianPenaltyError,
  type RussianPenaltyInput,
  russianPenalty,
} from './penalties/russian-penalty.ts';
export { fail, ok, type Result } from './result.ts';
export * from './tariffs/index.ts';
export { unreachable } from './unreachable.ts';
