import { ALPHA3_TO_ALPHA2, ENGLISH_NAME_TO_ALPHA2 } from './country-names.js';

/**
 * Codes people write for a state that are not its ISO 3166-1 alpha-2 code: EU and UN usage (EL for
 * Greece, UK for the United Kingdom), sports and vehicle codes, and codes ISO has withdrawn.
 */
const COMMON_MISTAKES: Readonly<Record<string, string>> = {
  UK: 'GB', // United Kingdom: ISO reserves UK; the code is GB
  EL: 'GR', // Greece in EU documents
  UAE: 'AE', // United Arab Emirates
  SP: 'ES', // Spain
  GER: 'DE', // Germany (sports code)
  SUI: 'CH', // Switzerland (sports code)
  KS: 'XK', // Kosovo: user-assigned XK is the code in common use
  KV: 'XK',
  TP: 'TL', // East Timor, withdrawn 2002
  ZR: 'CD', // Zaire, withdrawn 1997
  BU: 'MM', // Burma, withdrawn 1989
  YU: 'RS', // Yugoslavia, withdrawn 2003
  CS: 'RS', // Serbia and Montenegro, withdrawn 2006
  FX: 'FR', // Metropolitan France, exceptionally reserved
};

/**
 * The code the author probably meant when `written` is not a valid alpha-2 code: a known mistake,
 * the same code in capitals, an alpha-3 code, or an English country name. Undefined when there is
 * no confident guess.
 */
export function suggestCountryCode(written: string, isValid: (code: string) => boolean): string | undefined {
  const trimmed = written.trim();
  const upper = trimmed.toUpperCase();
  const mistake = COMMON_MISTAKES[upper];
  if (mistake) return mistake;
  if (upper !== trimmed && /^[A-Z]{2}$/.test(upper) && isValid(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) return ALPHA3_TO_ALPHA2.get(upper);
  return trimmed.length > 3 ? ENGLISH_NAME_TO_ALPHA2.get(trimmed.toLowerCase()) : undefined;
}
