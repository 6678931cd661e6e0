/** The same calendar day N years earlier, as an ISO date string (ISO dates compare correctly as strings). */
export function yearsBefore(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) - years;
  return `${String(year).padStart(4, '0')}${date.slice(4)}`;
}
