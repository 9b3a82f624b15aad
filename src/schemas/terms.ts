/**
 * One term of a controlled vocabulary (src/schemas/taxonomy.ts). In its own file so
 * that the area settings' shape (area.ts) can use it without importing the taxonomy,
 * which reads the area settings.
 */
export interface TermDefinition {
  readonly value: string;
  readonly label: string;
  readonly description: string;
}
