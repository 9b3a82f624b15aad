/**
 * The Fixton test area (tests/fixtures/area): its settings and content, which the code's
 * build and browser tests read from dist-fixture/ (`npm run build:fixture`).
 */
import { area } from '../fixtures/area/area/area.config.ts';

export const fixtureAreaDir = 'tests/fixtures/area';
export const fixtureArea = area;
export const fixtureContentDir = `${fixtureAreaDir}/content`;
