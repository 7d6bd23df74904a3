/** Times and sizes as the dashboard shows them: local time with its zone, sizes in KB/MB. */
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** `2 Dec 2026, 18:12 GMT` in the browser's time zone; '' for no time. */
export function localTime(iso: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

export function bytes(count: number): string {
  if (count < 1024) return `${count} bytes`;
  if (count < 1024 ** 2) return `${(count / 1024).toFixed(0)} KB`;
  if (count < 1024 ** 3) return `${(count / 1024 ** 2).toFixed(1)} MB`;
  return `${(count / 1024 ** 3).toFixed(2)} GB`;
}
