/**
 * The median of a list of numbers: the middle value, or the mean of the two middle values.
 * @example median([3, 1, 2, 10]) // 2.5
 */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
