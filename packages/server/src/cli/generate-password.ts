import { randomBytes } from 'node:crypto';

/** 144 random bits as 24 URL-safe characters: typed once, then changed by its holder. */
export const generatePassword = (): string => randomBytes(18).toString('base64url');
