import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getPremise, getServicePoint, meterKeys } from './meters-api.ts';

/**
 * A service point as people know it: the premise's address and what is delivered there. Until
 * both are loaded, or for someone who may not read premises, its id stands in.
 */
export function ServicePointLabel({ tenantId, servicePointId }: { tenantId: string; servicePointId: string }) {
  const { t } = useTranslation();
  const servicePoint = useQuery({
    queryKey: meterKeys.servicePoint(tenantId, servicePointId),
    queryFn: ({ signal }) => getServicePoint(tenantId, servicePointId, signal),
    retry: false,
  });
  const premiseId = servicePoint.data?.premiseId ?? '';
  const premise = useQuery({
    queryKey: meterKeys.premise(tenantId, premiseId),
    queryFn: ({ signal }) => getPremise(tenantId, premiseId, signal),
    enabled: premiseId !== '',
    retry: false,
  });
  if (!servicePoint.data || !premise.data) {
    return (
      <Text span ff="monospace" size="xs">
        {servicePointId}
      </Text>
    );
  }
  const { addressLine1, addressLine2, city } = premise.data;
  const address = [addressLine1, addressLine2, city].filter(Boolean).join(', ');
  return (
    <Text span size="sm">
      {address} · {t(`meters.serviceKinds.${servicePoint.data.kind}`)}
    </Text>
  );
}
