import { z } from 'zod';
import { idSchema, instantSchema, nameText, plainDateSchema } from './fields.ts';
import { pageQuerySchema } from './pagination.ts';

/** What a meter measures; at a service point it is the register the meter occupies. */
export const meterKinds = ['water_cold', 'water_hot', 'electricity', 'gas', 'heat', 'cooling'] as const;
export const meterKindSchema = z.enum(meterKinds);
export type MeterKind = z.infer<typeof meterKindSchema>;

/** Installed and removed are set by installing and removing; in stock and retired by editing. */
export const meterStatuses = ['in_stock', 'installed', 'removed', 'retired'] as const;
export const meterStatusSchema = z.enum(meterStatuses);
export type MeterStatus = z.infer<typeof meterStatusSchema>;

export const meterReadingSources = ['install', 'removal', 'move', 'manual'] as const;
export type MeterReadingSource = (typeof meterReadingSources)[number];

/** A register value as the meter shows it: an exact decimal, never a float. */
export const registerValueSchema = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,6})?$/, 'An exact decimal register value, e.g. 1234.56')
  .meta({ example: '1234.56' });

export const meterSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    serial: z.string(),
    kind: meterKindSchema,
    unit: z.string().meta({ example: 'm3' }),
    digits: z.number().int().meta({ description: 'Register digits before the point; it rolls over at 10^digits' }),
    multiplier: z.string().meta({ description: 'Exact decimal the register difference is multiplied by' }),
    size: z.string().nullable().meta({ description: 'Nominal size, e.g. DN15' }),
    calibrationDueOn: plainDateSchema.nullable(),
    status: meterStatusSchema,
    parentMeterId: idSchema.nullable().meta({ description: 'The master meter this sub-meter sits under' }),
    servicePointId: idSchema.nullable().meta({ description: 'Where the meter is installed now; null when not' }),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'Meter' });
export type Meter = z.infer<typeof meterSchema>;

/** A meter at a service point from its installation day to its removal day. */
export const meterInstallationSchema = z
  .object({
    id: idSchema,
    meterId: idSchema,
    servicePointId: idSchema,
    installedOn: plainDateSchema,
    removedOn: plainDateSchema
      .nullable()
      .meta({ description: 'null while installed; on an exchange day the new meter is installed the same day' }),
    installReading: z.string(),
    removalReading: z.string().nullable(),
  })
  .meta({ id: 'MeterInstallation' });
export type MeterInstallation = z.infer<typeof meterInstallationSchema>;

export const meterWithInstallationsSchema = meterSchema
  .extend({ installations: z.array(meterInstallationSchema).meta({ description: 'Oldest first' }) })
  .meta({ id: 'MeterWithInstallations' });
export type MeterWithInstallations = z.infer<typeof meterWithInstallationsSchema>;

export const meterReadingSchema = z
  .object({
    id: idSchema,
    meterId: idSchema,
    readOn: plainDateSchema,
    value: z.string(),
    source: z.enum(meterReadingSources),
    createdAt: instantSchema,
  })
  .meta({ id: 'MeterReading' });
export type MeterReading = z.infer<typeof meterReadingSchema>;

const serialSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ./_-]{0,63}$/u, 'Letters, digits, spaces and . / _ -, up to 64 characters');

const meterFields = {
  serial: serialSchema,
  kind: meterKindSchema,
  unit: nameText(16).meta({ example: 'm3' }),
  digits: z.number().int().min(1).max(12),
  multiplier: z
    .string()
    .regex(/^\d{1,9}(\.\d{1,6})?$/, 'An exact positive decimal, e.g. 40')
    .refine((text) => /[1-9]/.test(text), 'Greater than zero'),
  size: nameText(32).nullable().optional(),
  calibrationDueOn: plainDateSchema.nullable().optional(),
  parentMeterId: idSchema.nullable().optional(),
};

export const createMeterSchema = z.strictObject({
  ...meterFields,
  multiplier: meterFields.multiplier.default('1'),
});
export type CreateMeter = z.infer<typeof createMeterSchema>;

export const updateMeterSchema = z.strictObject({
  serial: meterFields.serial.optional(),
  kind: meterFields.kind.optional(),
  unit: meterFields.unit.optional(),
  digits: meterFields.digits.optional(),
  multiplier: meterFields.multiplier.optional(),
  size: meterFields.size,
  calibrationDueOn: meterFields.calibrationDueOn,
  parentMeterId: meterFields.parentMeterId,
  status: z
    .enum(['in_stock', 'retired'])
    .optional()
    .meta({ description: 'Back to stock after a removal, or retired for good; never while installed' }),
});
export type UpdateMeter = z.infer<typeof updateMeterSchema>;

export const installMeterSchema = z.strictObject({
  servicePointId: idSchema,
  on: plainDateSchema,
  reading: registerValueSchema.meta({ description: 'The register on the installation day' }),
});
export type InstallMeter = z.infer<typeof installMeterSchema>;

export const removeMeterSchema = z.strictObject({
  on: plainDateSchema,
  reading: registerValueSchema.meta({ description: 'The final register value on the removal day' }),
});
export type RemoveMeter = z.infer<typeof removeMeterSchema>;

/** One operation: the old meter removed on a day and the new one installed in its place that same day. */
export const exchangeMeterSchema = z.strictObject({
  on: plainDateSchema,
  removalReading: registerValueSchema.meta({ description: "The old meter's final register value" }),
  newMeterId: idSchema,
  installReading: registerValueSchema.meta({ description: "The new meter's register on installation" }),
});
export type ExchangeMeter = z.infer<typeof exchangeMeterSchema>;

export const meterExchangeSchema = z
  .object({ removed: meterWithInstallationsSchema, installed: meterWithInstallationsSchema })
  .meta({ id: 'MeterExchange' });
export type MeterExchange = z.infer<typeof meterExchangeSchema>;

export const meterQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional().meta({ description: 'Text the serial must contain' }),
  status: meterStatusSchema.optional(),
  servicePointId: idSchema.optional().meta({ description: 'Meters installed at this service point, now or before' }),
  parentMeterId: idSchema.optional().meta({ description: 'The sub-meters of this master meter' }),
});
export type MeterQuery = z.infer<typeof meterQuerySchema>;

export const meterPathSchema = z.strictObject({ tenantId: idSchema, meterId: idSchema });

export const meterReadingListSchema = z
  .object({ items: z.array(meterReadingSchema).meta({ description: 'Oldest first' }) })
  .meta({ id: 'MeterReadingList' });
