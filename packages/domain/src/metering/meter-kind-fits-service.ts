/** The meter kinds that can measure each service; services billed without a meter have none. */
const meterKindsByService: Readonly<Record<string, readonly string[]>> = {
  // Some utilities keep cold and hot water as two registers of one water service point.
  water: ['water_cold', 'water_hot'],
  // A sewage flow meter measures what leaves a site that discharges more than it draws (farms, factories).
  sewage: ['water_cold'],
  hot_water: ['water_hot'],
  electricity: ['electricity'],
  gas: ['gas'],
  heating: ['heat', 'cooling'],
  waste: [],
  maintenance: [],
};

/** Whether a meter of this kind may be installed at a service point delivering this service. */
export function meterKindFitsService(meterKind: string, serviceKind: string): boolean {
  return meterKindsByService[serviceKind]?.includes(meterKind) ?? false;
}
