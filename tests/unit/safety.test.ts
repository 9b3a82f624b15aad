import { describe, expect, it } from 'vitest';
import { needsQuickExit, needsUrgentHelp, nationalHelplines } from '../../src/lib/safety/sensitive-pages.ts';
import { ShiftCounter, isQuickExitKey } from '../../src/lib/safety/quick-exit.ts';
import { categories, specificNeeds } from '../../src/schemas/taxonomy.ts';
import { sensitiveCategories, sensitiveNeeds, crisisNeeds } from '../../src/lib/safety/sensitive-pages.ts';

describe('needsQuickExit', () => {
  it.each([
    [['domestic-abuse'], [], true],
    [['mental-health-wellbeing'], [], true],
    [['safety-urgent-help'], [], true],
    [['parenting'], ['domestic-abuse'], true],
    [['community-activities'], ['self-harm'], true],
    [['education-schools'], ['homophobia'], true],
    [['autism-adhd'], ['autism', 'adhd'], false],
    [['money-food-essentials'], ['food-poverty'], false],
    [[], [], false],
  ])('categories %j and needs %j -> %s', (cats, needs, expected) => {
    expect(needsQuickExit(cats, needs)).toBe(expected);
  });

  it('works with no arguments (a page with no taxonomy)', () => {
    expect(needsQuickExit()).toBe(false);
  });

  it('only names values that exist in the taxonomy', () => {
    const categoryValues = categories.map((term) => term.value as string);
    const needValues = specificNeeds.map((term) => term.value as string);
    expect(sensitiveCategories.filter((value) => !categoryValues.includes(value))).toEqual([]);
    expect([...sensitiveNeeds, ...crisisNeeds].filter((value) => !needValues.includes(value))).toEqual([]);
  });
});

describe('needsUrgentHelp', () => {
  it('shows urgent help for mental health and abuse, not for money advice', () => {
    expect(needsUrgentHelp(['mental-health-wellbeing'], [])).toBe(true);
    expect(needsUrgentHelp(['parenting'], ['self-harm'])).toBe(true);
    expect(needsUrgentHelp(['money-food-essentials'], ['poverty-debt'])).toBe(false);
  });
});

describe('national helplines', () => {
  it('are the four well-established numbers', () => {
    expect(nationalHelplines.map((line) => line.phone)).toEqual(['999', '111', '116 123', '0800 1111']);
  });
});

describe('the triple-Shift shortcut', () => {
  it('fires on the third Shift within a second', () => {
    const counter = new ShiftCounter();
    expect(counter.press(true, 0)).toBe(false);
    expect(counter.press(true, 300)).toBe(false);
    expect(counter.press(true, 600)).toBe(true);
  });

  it('does not fire when the presses are too slow', () => {
    const counter = new ShiftCounter();
    expect([counter.press(true, 0), counter.press(true, 700), counter.press(true, 1400)]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('starts again after another key (typing capitals is not an exit)', () => {
    const counter = new ShiftCounter();
    counter.press(true, 0);
    counter.press(true, 100);
    expect(counter.press(false, 150)).toBe(false);
    expect(counter.press(true, 200)).toBe(false);
  });

  it('recognises the Shift key only', () => {
    expect(isQuickExitKey('Shift')).toBe(true);
    expect(isQuickExitKey('Escape')).toBe(false);
  });
});
