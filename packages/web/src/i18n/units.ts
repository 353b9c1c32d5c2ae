/** Units meters read in that the app names in each language; a meter may carry another, shown as written. */
export const knownUnits = ['m3', 'l', 'kWh', 'MWh', 'Gcal', 'GJ'] as const;
export type KnownUnit = (typeof knownUnits)[number];

export const isKnownUnit = (unit: string): unit is KnownUnit => knownUnits.some((known) => known === unit);
