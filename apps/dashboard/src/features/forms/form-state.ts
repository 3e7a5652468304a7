/**
 * Whether a form's values differ from what was loaded: compared as JSON, so
 * typing a value and deleting it again leaves the form clean.
 */
export function isChanged<T>(initial: T, current: T): boolean {
  return JSON.stringify(initial) !== JSON.stringify(current);
}

/** Today in the browser's calendar, `YYYY-MM-DD`, for "in the past" warnings. */
export function todayPlainDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A due date before today is allowed (a task planned late is still a task),
 * but said: the warning a form shows beside it, or undefined.
 */
export function pastDateWarning(
  date: string,
  today: string,
): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && date < today
    ? 'This date is in the past. You can keep it; the task will show as overdue.'
    : undefined;
}
