/**
 * A price plan as tenants write it (JSON): effective-dated versions, each a list of charge
 * components. Numbers are decimal text ("2.07") so they stay exact from the editor to the
 * bill. docs/tariffs.md documents the format with complete examples.
 */
export type DecimalText = string;

/** A name per language; English is always present. */
export type LocalizedText = { readonly en: string } & { readonly [locale: string]: string };

/** What a fixed amount is quoted per: prorated by days of service within it. */
export type ChargePer = 'day' | 'month' | 'period';

/** What a fixed charge is multiplied by: the account once, each dwelling, each m² or each person. */
export type FixedBasis = 'account' | 'dwelling_units' | 'area_m2' | 'persons';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

interface ComponentCommon {
  /** Unique within a version; minimum charges and discounts refer to components by code. */
  readonly code: string;
  readonly name: LocalizedText;
  /** The company the charge is owed to (one payment document can carry several). */
  readonly provider: string;
  /** The general-ledger revenue code the amount is booked to. */
  readonly revenueCode: string;
}

interface Taxable {
  /** The tax category whose tax component taxes this charge; omitted, the charge is untaxed. */
  readonly taxCategory?: string;
}

interface Metered {
  readonly unit: string;
  /** The meter register priced ("day", "night"); omitted, the total consumption. */
  readonly register?: string;
}

export interface FixedCharge extends ComponentCommon, Taxable {
  readonly kind: 'fixed';
  readonly per: ChargePer;
  readonly unitPrice: DecimalText;
  readonly basis?: FixedBasis;
  /** A price per meter size (DN15, DN20…) replacing unitPrice. */
  readonly unitPriceByMeterSize?: Readonly<Record<string, DecimalText>>;
}

export interface VolumetricCharge extends ComponentCommon, Taxable, Metered {
  readonly kind: 'volumetric';
  readonly unitPrice: DecimalText;
}

export interface Tier {
  /** Upper bound of the tier (exclusive of the next); null for the last, open tier. */
  readonly upTo: DecimalText | null;
  readonly unitPrice: DecimalText;
}

export interface TieredCharge extends ComponentCommon, Taxable, Metered {
  readonly kind: 'tiered';
  /** graduated: each unit at its own tier's price; volume: every unit at the price of the tier reached. */
  readonly mode: 'graduated' | 'volume';
  /** Thresholds per bill, per calendar month (prorated by days) or cumulative over the calendar year. */
  readonly tierPeriod: 'bill' | 'month' | 'year';
  readonly tiers: readonly Tier[];
  /** Thresholds widen by extraPerPerson[i] for each household person above basePersons. */
  readonly household?: { readonly basePersons: number; readonly extraPerPerson: readonly DecimalText[] };
}

export interface Season {
  readonly code: string;
  readonly name?: LocalizedText;
  /** First and last day, "MM-DD", both included; a season may wrap over New Year. */
  readonly from: string;
  readonly to: string;
  readonly unitPrice: DecimalText;
}

export interface SeasonalCharge extends ComponentCommon, Taxable, Metered {
  readonly kind: 'seasonal';
  readonly seasons: readonly Season[];
}

export interface TimeWindow {
  readonly days: readonly Weekday[];
  /** "HH:MM", from included, to excluded; "24:00" ends at midnight. */
  readonly from: string;
  readonly to: string;
}

export interface TimeOfUsePeriod {
  readonly code: string;
  readonly name?: LocalizedText;
  readonly unitPrice: DecimalText;
  readonly windows: readonly TimeWindow[];
}

export interface TimeOfUseCharge extends ComponentCommon, Taxable {
  readonly kind: 'time_of_use';
  readonly unit: string;
  readonly periods: readonly TimeOfUsePeriod[];
  /** The period of any time no window covers. */
  readonly defaultPeriod: string;
  readonly holidays?: readonly string[];
  /** The period of every hour of a holiday; omitted, holidays are ordinary days. */
  readonly holidayPeriod?: string;
}

export interface MinimumCharge extends ComponentCommon, Taxable {
  readonly kind: 'minimum';
  readonly per: ChargePer;
  readonly amount: DecimalText;
  /** Codes of the components whose sum the minimum applies to. */
  readonly appliesTo: readonly string[];
}

export interface Discount extends ComponentCommon, Taxable {
  readonly kind: 'discount';
  readonly appliesTo: readonly string[];
  /** A percentage of the charges it applies to… */
  readonly percent?: DecimalText;
  /** …or a fixed amount per `per`, never more than those charges. */
  readonly amount?: DecimalText;
  readonly per?: ChargePer;
  /** Only for accounts holding this benefit (e.g. a social entitlement). */
  readonly benefit?: string;
  /** A social norm: the discount covers at most this quantity of the charges' quantity. */
  readonly maxQuantity?: DecimalText;
}

export interface TaxComponent extends ComponentCommon {
  readonly kind: 'tax';
  readonly category: string;
  readonly ratePercent: DecimalText;
  /** true: prices already include the tax, which is shown but not added. */
  readonly inclusive: boolean;
}

export type PriceComponent =
  | FixedCharge
  | VolumetricCharge
  | TieredCharge
  | SeasonalCharge
  | TimeOfUseCharge
  | MinimumCharge
  | Discount
  | TaxComponent;

export type ComponentKind = PriceComponent['kind'];

/** Consumption of an unmetered service: norm × persons × multiplier, per month of service. */
export interface NormativeConsumption {
  readonly unit: string;
  readonly perPersonPerMonth: DecimalText;
  readonly multiplier?: DecimalText;
}

export interface PricePlanVersion {
  /** "YYYY-MM-DD": the version is in force from this day until the next version's. */
  readonly effectiveFrom: string;
  readonly components: readonly PriceComponent[];
  readonly normativeConsumption?: NormativeConsumption;
}

export interface PricePlan {
  readonly code: string;
  readonly name: LocalizedText;
  readonly currency: string;
  /** A period across two versions is split by days (default) or billed whole on the version at its start. */
  readonly versionChange?: 'split_by_days' | 'whole_periods';
  readonly versions: readonly PricePlanVersion[];
}
