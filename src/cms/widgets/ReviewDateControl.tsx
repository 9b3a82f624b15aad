/**
 * "Mark as checked today": the control of a listing's `assuredDate`. One press
 * sets the date to today and the checker's role, without touching anything else;
 * the connector then saves. The role is typed here only (the file's `assurerRole`
 * is a hidden field): it starts as what this person typed last time on this
 * computer, otherwise empty, never as the listing's previous checker. Changing
 * the date by hand also records the role, so a date never goes without its checker.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { formatDate } from '../../lib/directory/labels.ts';

const roleKey = 'local-offer-cms:checker-role';
export const roleFieldName = 'assurerRole';

/** Today's date in the editor's own time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function rememberedRole(): string {
  try {
    return window.localStorage.getItem(roleKey) ?? '';
  } catch {
    return '';
  }
}

/** Sets the role field through Decap's own action, as its editor does for any field. */
function setRole(role: string): void {
  store.dispatch({
    type: 'DRAFT_CHANGE_FIELD',
    // The reducer only reads the field's `name` and `meta` (decap-cms-core src/reducers/entryDraft.ts).
    payload: {
      field: { get: (key: string) => (key === 'name' ? roleFieldName : undefined) },
      value: role,
      metadata: undefined,
      entries: [],
    },
  });
}

interface Props {
  value?: string | Date | null;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

function asInputValue(value: Props['value']): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return '';
}

export default function ReviewDateControl({
  value,
  onChange,
  forID,
  classNameWrapper,
  setActiveStyle,
  setInactiveStyle,
}: Props) {
  const [role, setRoleText] = useState(rememberedRole);
  const [message, setMessage] = useState('');
  const [roleMissing, setRoleMissing] = useState(false);
  const roleId = useId();
  const hintId = useId();
  const date = asInputValue(value);

  /** Records `day` as checked by the typed role; false (with a message) when no role is typed. */
  const recordCheck = (day: string): boolean => {
    const checkedRole = role.trim();
    if (checkedRole.length < 3) {
      setRoleMissing(true);
      setMessage('Type your role first, e.g. "Community Connector, Erdington".');
      return false;
    }
    setRoleMissing(false);
    try {
      window.localStorage.setItem(roleKey, checkedRole);
    } catch {
      // Private browsing: the role is simply not remembered.
    }
    onChange(day);
    setRole(checkedRole);
    setMessage(
      day === '' ? '' : `Marked as checked on ${formatDate(new Date(`${day}T00:00:00Z`))} by ${checkedRole}. Now save.`,
    );
    return true;
  };

  return (
    <div className={classNameWrapper} onFocus={setActiveStyle} onBlur={setInactiveStyle}>
      <input
        id={forID}
        type="date"
        value={date}
        onChange={(event: ChangeEvent<HTMLInputElement>) => recordCheck(event.target.value)}
      />
      <div style={{ marginTop: '12px', display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' }}>
        <label htmlFor={roleId} style={{ display: 'grid', gap: '4px', flex: '1 1 16rem' }}>
          <span>Your role, never your name (remembered on this computer)</span>
          <input
            id={roleId}
            type="text"
            value={role}
            required
            autoComplete="organization-title"
            aria-invalid={roleMissing}
            aria-describedby={hintId}
            onChange={(event: ChangeEvent<HTMLInputElement>) => setRoleText(event.target.value)}
            style={{ padding: '6px', border: '1px solid #767676', borderRadius: '4px' }}
          />
        </label>
        <button
          type="button"
          onClick={() => recordCheck(todayIso())}
          style={{
            padding: '8px 14px',
            background: '#7a1f5c',
            color: '#fff',
            border: 0,
            borderRadius: '4px',
            fontWeight: 600,
            cursor: 'pointer',
          }}
        >
          Mark as checked today
        </button>
      </div>
      <p id={hintId} style={{ margin: '8px 0 0', fontSize: '0.9em' }}>
        After checking the listing with the people who run it, type your role and press the button: it records
        today&rsquo;s date and your role. Nothing else changes.
      </p>
      <p role="status" style={{ margin: '4px 0 0', fontWeight: 600 }}>
        {message}
      </p>
    </div>
  );
}
