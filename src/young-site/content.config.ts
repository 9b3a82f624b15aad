// The sister site reads the same collections as the Local Offer.
export { collections } from '../content.config.ts';
