/** When a listing needs checking again. */

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/** True when the listing was last checked longer ago than its review interval. */
export function isOverdue(assuredDate: Date, intervalMonths: number, today: Date = new Date()): boolean {
  return addMonths(assuredDate, intervalMonths) < today;
}
