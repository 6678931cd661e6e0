/** A state profile that was checked too long ago for the policy. */
export interface StaleProfile {
  readonly code: string;
  readonly checked_on: string;
  readonly age_days: number;
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The profiles whose `checked_on` is more than `maxDays` before `today`. A profile with no `checked_on` is not judged here. */
export function staleProfiles(states: Readonly<Record<string, { checked_on?: string | undefined }>>, today: string, maxDays: number): StaleProfile[] {
  return Object.entries(states).flatMap(([code, profile]) => {
    if (!profile.checked_on) return [];
    const age = daysBetween(profile.checked_on, today);
    return age > maxDays ? [{ code, checked_on: profile.checked_on, age_days: age }] : [];
  });
}
