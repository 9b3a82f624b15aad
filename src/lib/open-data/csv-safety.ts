/**
 * CSV injection: a cell that starts with =, +, -, @, a tab or a carriage return is run as a
 * formula by Excel and other spreadsheets. Every CSV the site or the import writes passes its
 * cells through neutraliseFormula, which puts an apostrophe in front, as OWASP advises
 * (https://owasp.org/www-community/attacks/CSV_Injection). Plain numbers (-1.89, a longitude)
 * cannot be formulas and stay as they are. The import reads such cells back without the apostrophe.
 */
const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[+-]?\d+(?:\.\d+)?$/;

export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) && !plainNumber.test(cell) ? `'${cell}` : cell;
}

/** The inverse, for a downloaded CSV imported again. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) && !plainNumber.test(cell.slice(1))
    ? cell.slice(1)
    : cell;
}
