// Dates written the same way on the server and in every browser, whatever the locale, so prerendered
// HTML and the hydrated app agree.
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2016-09-23" → "23 September 2016". */
export function formatLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  if (!year || !name || !day) return isoDate;
  return `${day} ${name} ${year}`;
}
