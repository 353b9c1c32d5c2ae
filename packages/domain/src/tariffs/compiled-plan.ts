import type { Rational } from '../numbers/rational.ts';
import type {
  ChargePer,
  ComponentKind,
  FixedBasis,
  LocalizedText,
  PriceComponent,
  PricePlan,
  PricePlanVersion,
  Weekday,
} from './price-plan.ts';

/** The parts of a component every bill line repeats. */
export interface ComponentIdentity {
  readonly code: string;
  readonly kind: ComponentKind;
  readonly name: LocalizedText;
  readonly provider: string;
  readonly revenueCode: string;
  readonly taxCategory: string | null;
}

export interface CompiledTier {
  readonly upTo: Rational | null;
  readonly unitPrice: Rational;
}

export interface CompiledSeason {
  readonly code: string;
  readonly fromMonthDay: readonly [number, number];
  readonly toMonthDay: readonly [number, number];
  readonly unitPrice: Rational;
}

export interface CompiledWindow {
  readonly weekdays: ReadonlySet<number>;
  readonly fromMinute: number;
  readonly toMinute: number;
}

export interface CompiledTimeOfUsePeriod {
  readonly code: string;
  readonly unitPrice: Rational;
  readonly windows: readonly CompiledWindow[];
}

export type CompiledComponent =
  | (ComponentIdentity & {
      readonly kind: 'fixed';
      readonly per: ChargePer;
      readonly unitPrice: Rational;
      readonly basis: FixedBasis;
      readonly unitPriceByMeterSize: ReadonlyMap<string, Rational> | null;
    })
  | (ComponentIdentity & {
      readonly kind: 'volumetric';
      readonly unit: string;
      readonly register: string;
      readonly unitPrice: Rational;
    })
  | (ComponentIdentity & {
      readonly kind: 'tiered';
      readonly unit: string;
      readonly register: string;
      readonly mode: 'graduated' | 'volume';
      readonly tierPeriod: 'bill' | 'month' | 'year';
      readonly tiers: readonly CompiledTier[];
      readonly household: { readonly basePersons: number; readonly extraPerPerson: readonly Rational[] } | null;
    })
  | (ComponentIdentity & {
      readonly kind: 'seasonal';
      readonly unit: string;
      readonly register: string;
      readonly seasons: readonly CompiledSeason[];
    })
  | (ComponentIdentity & {
      readonly kind: 'time_of_use';
      readonly unit: string;
      readonly periods: readonly CompiledTimeOfUsePeriod[];
      readonly defaultPeriod: string;
      readonly holidays: ReadonlySet<string>;
      readonly holidayPeriod: string | null;
    })
  | (ComponentIdentity & {
      readonly kind: 'minimum';
      readonly per: ChargePer;
      readonly amount: Rational;
      readonly appliesTo: ReadonlySet<string>;
    })
  | (ComponentIdentity & {
      readonly kind: 'discount';
      readonly appliesTo: ReadonlySet<string>;
      readonly percent: Rational | null;
      readonly amount: Rational | null;
      readonly per: ChargePer;
      readonly benefit: string | null;
      readonly maxQuantity: Rational | null;
    })
  | (ComponentIdentity & {
      readonly kind: 'tax';
      readonly category: string;
      readonly ratePercent: Rational;
      readonly inclusive: boolean;
    });

export interface CompiledVersion {
  readonly effectiveFrom: number;
  readonly effectiveFromText: string;
  readonly components: readonly CompiledComponent[];
  readonly norm: { readonly unit: string; readonly perPersonPerMonth: Rational; readonly multiplier: Rational } | null;
}

export interface CompiledPlan {
  readonly source: PricePlan;
  readonly currency: string;
  readonly versionChange: 'split_by_days' | 'whole_periods';
  /** In effective order. */
  readonly versions: readonly CompiledVersion[];
}

export type { PriceComponent, PricePlanVersion, Weekday };
