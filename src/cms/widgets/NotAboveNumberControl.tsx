/**
 * A number field that must not be above another number field of the same entry, such as
 * "Youngest age" and "Oldest age". Decap checks each field on its own; this control adds the
 * rule across the two, so the message appears on the field, in the form's words, and goes away
 * as soon as it is fixed. The field names its partner with `not_above` and `not_above_label`.
 */
import numberWidget, { type NumberControlProps, type Validity } from 'decap-cms-widget-number';

/** The message for `value` above `limit`, or undefined when the pair is fine or incomplete. */
export function notAboveProblem(value: unknown, limit: unknown, label: string, limitLabel: string): string | undefined {
  const toNumber = (input: unknown) =>
    typeof input === 'number' ? input : typeof input === 'string' && input.trim() !== '' ? Number(input) : NaN;
  const [own, other] = [toNumber(value), toNumber(limit)];
  if (Number.isNaN(own) || Number.isNaN(other) || own <= other) return undefined;
  return `${label} must not be above ${limitLabel.toLowerCase()}`;
}

const NumberControl = numberWidget.controlComponent;

export default class NotAboveNumberControl extends NumberControl {
  constructor(props: NumberControlProps) {
    super(props);
    // Decap's own checks (whole number, 0 to 25) come first: its isValid is an instance field.
    const numberIsValid = this.isValid;
    this.isValid = (): Validity => {
      const own = numberIsValid();
      if (own !== true) return own;
      const { field, value, getEntry } = this.props;
      const partner = String(field.get('not_above'));
      const message = notAboveProblem(
        value,
        getEntry().getIn(['data', partner]),
        String(field.get('label')),
        String(field.get('not_above_label', partner)),
      );
      return message ? { error: { type: 'CUSTOM', message } } : true;
    };
  }
}
