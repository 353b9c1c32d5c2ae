import type { Temporal } from 'temporal-polyfill';
import { type DateRange, type DayRange, intersect, splitAt, toDateRange, toDayRange } from '../calendar/date-range.ts';
import { dayNumber } from '../calendar/day-number.ts';
import { type Money, moneyValue, toMoney } from '../money/money.ts';
import { add, isNegative, min, multiply, type Rational, scale, ZERO } from '../numbers/rational.ts';
import type { RoundingMode } from '../numbers/rounding-mode.ts';
import { fail, ok, type Result } from '../result.ts';
import { type DatedRate, type DatedRatesError, parseDatedRates, rateFromText, rateInForce } from './dated-rates.ts';

/** From day `fromDay` of delay on, each day accrues `fraction` ('1/300') of the rate. */
export interface PenaltyStep {
  readonly fromDay: number;
  readonly fraction: string;
}

/** Housing Code art. 155 part 14: days 1–30 accrue nothing, 31–90 accrue 1/300 of the rate, from 91 on 1/130. */
export const housingCodeSteps: readonly PenaltyStep[] = [
  { fromDay: 31, fraction: '1/300' },
  { fromDay: 91, fraction: '1/130' },
];

/** A cap on the rate for payments (or calculations) made on a day from `start` to `end`, both included. */
export interface RateCap extends DateRange {
  readonly rate: string;
}

/** Money received against the debt; it stops its part of the debt accruing after `receivedOn`. */
export interface PaymentReceived {
  readonly amount: Money;
  readonly receivedOn: Temporal.PlainDate;
}

export interface RussianPenaltyInput {
  readonly debt: Money;
  /** The last day to pay on time; it is never a day of delay. */
  readonly dueDate: Temporal.PlainDate;
  readonly payments?: readonly PaymentReceived[];
  /** The day the penalty is worked out; the unpaid remainder accrues through it, at its key rate. */
  readonly calculationDate: Temporal.PlainDate;
  readonly keyRates: readonly DatedRate[];
  readonly rateCaps?: readonly RateCap[];
  /** Days that accrue nothing; they still count towards the day of delay (so day 91 comes when it would). */
  readonly moratoria?: readonly DateRange[];
  /** Whether the day a payment is received is a day of delay for the money it pays (default true). */
  readonly isPaymentDayCounted?: boolean;
  readonly steps?: readonly PenaltyStep[];
  readonly roundingMode: RoundingMode;
}

/** One line of the calculation: `base` × `rate` × `fraction` × `days` = `amount`, exact. */
export interface PenaltyStretch {
  readonly range: DateRange;
  readonly days: number;
  readonly base: Money;
  readonly fraction: string;
  /** The payment day of this base, or the calculation date for the unpaid remainder. */
  readonly rateDate: Temporal.PlainDate;
  readonly keyRate: Rational;
  /** The key rate after caps: the rate the stretch accrues at. */
  readonly rate: Rational;
  readonly amount: Rational;
}

export interface RussianPenalty {
  readonly total: Money;
  readonly exactTotal: Rational;
  readonly stretches: readonly PenaltyStretch[];
}

export type RussianPenaltyError =
  | DatedRatesError
  | 'amount_negative'
  | 'currency_mismatch'
  | 'payments_exceed_debt'
  | 'payment_after_calculation_date'
  | 'window_ends_before_start'
  | 'steps_invalid'
  | 'no_rate_in_force';

interface Portion {
  readonly base: Money;
  readonly rateDate: Temporal.PlainDate;
  readonly lastDay: number;
}

interface ParsedStep {
  readonly fromDay: number;
  readonly fraction: string;
  readonly value: Rational;
}

/**
 * The late-payment penalty (пени) on one debt: each paid part accrues from the day after the due date to its
 * payment day at the key rate (capped) on that payment day, and the unpaid rest to the calculation date at that
 * day's rate; the total is rounded once.
 */
export function russianPenalty(input: RussianPenaltyInput): Result<RussianPenalty, RussianPenaltyError> {
  const { debt, dueDate, calculationDate, roundingMode } = input;
  const payments = input.payments ?? [];
  const isPaymentDayCounted = input.isPaymentDayCounted ?? true;

  if (debt.amountMinor < 0n) return fail('amount_negative', 'debt');
  let paidMinor = 0n;
  for (const payment of payments) {
    if (payment.amount.currency !== debt.currency) return fail('currency_mismatch', payment.amount.currency);
    if (payment.amount.amountMinor < 0n) return fail('amount_negative', `payment of ${payment.receivedOn}`);
    if (dayNumber(payment.receivedOn) > dayNumber(calculationDate)) {
      return fail('payment_after_calculation_date', payment.receivedOn.toString());
    }
    paidMinor += payment.amount.amountMinor;
  }
  if (paidMinor > debt.amountMinor) return fail('payments_exceed_debt');

  const keyRates = parseDatedRates(input.keyRates);
  if (!keyRates.ok) return keyRates;
  const caps = parseCaps(input.rateCaps ?? []);
  if (!caps.ok) return caps;
  const moratoria = parseWindows(input.moratoria ?? []);
  if (!moratoria.ok) return moratoria;
  const steps = parseSteps(input.steps ?? housingCodeSteps);
  if (!steps.ok) return steps;

  const portions: Portion[] = [...payments]
    .filter((payment) => payment.amount.amountMinor > 0n)
    .sort((a, b) => dayNumber(a.receivedOn) - dayNumber(b.receivedOn))
    .map((payment) => ({
      base: payment.amount,
      rateDate: payment.receivedOn,
      lastDay: dayNumber(payment.receivedOn) - (isPaymentDayCounted ? 0 : 1),
    }));
  const unpaidMinor = debt.amountMinor - paidMinor;
  if (unpaidMinor > 0n) {
    // Still owed at the end of the calculation day, so that day is always a day of delay.
    portions.push({
      base: { amountMinor: unpaidMinor, currency: debt.currency },
      rateDate: calculationDate,
      lastDay: dayNumber(calculationDate),
    });
  }

  const dueDay = dayNumber(dueDate);
  const stretches: PenaltyStretch[] = [];
  for (const portion of portions) {
    const pieces = accruingPieces({ dueDay, lastDay: portion.lastDay, steps: steps.value, moratoria: moratoria.value });
    if (pieces.length === 0) continue;
    // Looked up only when something accrues, so an early payment needs no key rate on file.
    const keyRate = rateInForce(keyRates.value, portion.rateDate);
    if (!keyRate) return fail('no_rate_in_force', portion.rateDate.toString());
    const rate = cappedRate(keyRate, portion.rateDate, caps.value);
    const baseValue = moneyValue(portion.base);
    for (const { range, step } of pieces) {
      const days = range.last - range.first + 1;
      stretches.push({
        range: toDateRange(range),
        days,
        base: portion.base,
        fraction: step.fraction,
        rateDate: portion.rateDate,
        keyRate,
        rate,
        amount: scale(multiply(multiply(baseValue, rate), step.value), days, 1),
      });
    }
  }

  const exactTotal = stretches.reduce((total, stretch) => add(total, stretch.amount), ZERO);
  return ok({ total: toMoney(exactTotal, debt.currency, roundingMode), exactTotal, stretches });
}

/** The days of delay 1..lastDay − dueDay cut by step, with moratorium days left out. */
function accruingPieces({
  dueDay,
  lastDay,
  steps,
  moratoria,
}: {
  dueDay: number;
  lastDay: number;
  steps: readonly ParsedStep[];
  moratoria: readonly DayRange[];
}): { range: DayRange; step: ParsedStep }[] {
  const boundaries = moratoria.flatMap((window) => [window.first, window.last + 1]);
  const pieces: { range: DayRange; step: ParsedStep }[] = [];
  for (const [index, step] of steps.entries()) {
    const next = steps[index + 1];
    const stepDays = intersect(
      { first: dueDay + step.fromDay, last: next ? dueDay + next.fromDay - 1 : lastDay },
      { first: dueDay + 1, last: lastDay },
    );
    if (!stepDays) continue;
    for (const range of splitAt(stepDays, boundaries)) {
      // splitAt cuts at every window edge, so a piece is either wholly inside a window or wholly outside all.
      if (!moratoria.some((window) => intersect(window, range))) pieces.push({ range, step });
    }
  }
  return pieces;
}

function cappedRate(keyRate: Rational, date: Temporal.PlainDate, caps: readonly ParsedCap[]): Rational {
  const day = dayNumber(date);
  return caps.filter((cap) => cap.first <= day && day <= cap.last).reduce((rate, cap) => min(rate, cap.rate), keyRate);
}

interface ParsedCap extends DayRange {
  readonly rate: Rational;
}

function parseCaps(caps: readonly RateCap[]): Result<ParsedCap[], RussianPenaltyError> {
  const parsed: ParsedCap[] = [];
  for (const cap of caps) {
    const rate = rateFromText(cap.rate);
    if (!rate) return fail('rate_not_a_number', `cap ${JSON.stringify(cap.rate)}`);
    if (isNegative(rate)) return fail('rate_negative', `cap ${cap.rate}`);
    const range = toDayRange(cap);
    if (range.last < range.first) return fail('window_ends_before_start', `cap ${cap.start}..${cap.end}`);
    parsed.push({ ...range, rate });
  }
  return ok(parsed);
}

function parseWindows(windows: readonly DateRange[]): Result<DayRange[], RussianPenaltyError> {
  const parsed: DayRange[] = [];
  for (const window of windows) {
    const range = toDayRange(window);
    if (range.last < range.first) return fail('window_ends_before_start', `moratorium ${window.start}..${window.end}`);
    parsed.push(range);
  }
  return ok(parsed);
}

function parseSteps(steps: readonly PenaltyStep[]): Result<ParsedStep[], RussianPenaltyError> {
  const parsed: ParsedStep[] = [];
  for (const step of steps) {
    const previous = parsed.at(-1);
    const isInOrder =
      Number.isInteger(step.fromDay) && step.fromDay >= 1 && (!previous || step.fromDay > previous.fromDay);
    if (!isInOrder) return fail('steps_invalid', `day ${step.fromDay}`);
    const value = rateFromText(step.fraction);
    if (!value || isNegative(value)) return fail('steps_invalid', `fraction ${JSON.stringify(step.fraction)}`);
    parsed.push({ fromDay: step.fromDay, fraction: step.fraction, value });
  }
  return ok(parsed);
}
