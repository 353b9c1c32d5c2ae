/**
 * How an exact value becomes a value with fewer places. `half-up` rounds halves away from
 * zero (the usual commercial rule), `half-even` rounds them to the even neighbour (banker's
 * rounding), `down` truncates towards zero, `up` moves away from zero.
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

export const roundingModes: readonly RoundingMode[] = ['half-up', 'half-even', 'down', 'up'];
