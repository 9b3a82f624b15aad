/**
 * The quick exit keyboard shortcut: Shift pressed three times within a second, with no
 * other key in between (the same gesture as GOV.UK's "Exit this page" component).
 * The page calls `press(true)` when Shift is released and `press(false)` when any other
 * key goes down, so Shift held for a capital letter never counts.
 */

export const shiftPresses = 3;
export const shiftWindowMs = 1000;

export const isQuickExitKey = (key: string): boolean => key === 'Shift';

/** Counts Shift presses; `press` returns true on the press that should trigger the exit. */
export class ShiftCounter {
  private times: number[] = [];

  press(isShift: boolean, time: number): boolean {
    if (!isShift) {
      this.times = [];
      return false;
    }
    this.times = [...this.times.filter((earlier) => time - earlier < shiftWindowMs), time];
    if (this.times.length >= shiftPresses) {
      this.times = [];
      return true;
    }
    return false;
  }
}
