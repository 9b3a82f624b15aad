/**
 * Fixes to Decap CMS's own interface that can be made from outside it, so that young editors and
 * connectors who use a screen reader, the keyboard or low vision can edit (WCAG 2.2 AA; checked
 * with axe by tests/e2e/cms-accessibility.spec.ts). What cannot be fixed here is listed, with the
 * upstream issue, in docs/cms.md.
 *
 * Decap styles its components with emotion, whose class names end in the component's name
 * ("css-1a2b3c-PublishButton"): the selectors below match that name, not the generated hash.
 */
import { languages } from '../i18n/languages.ts';

/** Darker text and backgrounds where Decap's greys, teal and red miss 4.5:1. */
export const adminAccessibilityCss = `
[class*="-ButtonText"], [class*="-AppHeaderSiteLink"], [class*="-AppHeaderButton"],
[class*="-SidebarNavLink"]:not([aria-current="page"]), [class*="-CollectionTopDescription"], [class*="-grayText"] {
  color: #4a5261 !important;
}
[class*="-textBadgeDanger"] { color: #b0002a !important; }
[class*="-ToolbarToggleLabel"] { color: #4a5261 !important; }
[class*="-ToolbarToggleLabel-ToolbarToggleLabel"] { color: #1d4d99 !important; font-weight: 600; }
[class*="-PublishButton"] { background-color: #0e6674 !important; color: #fff !important; }
[class*="-PublishButton"]:hover, [class*="-PublishButton"]:focus { background-color: #0a4f5a !important; }
`;

/** Names and states for Decap controls that have none, given as they appear. */
interface Repair {
  selector: string;
  apply: (element: HTMLElement) => void;
}

function setIfDifferent(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** The label text of the field a control belongs to (Decap's ControlContainer holds both). */
function fieldLabelOf(element: HTMLElement): string | undefined {
  const label = element.closest('[class*="-ControlContainer"]')?.querySelector('label');
  return label?.textContent?.trim() || undefined;
}

/** The text boxes of a form pane that a translation is typed in (not the select widgets' search boxes). */
const textBoxes = 'input[type="text"]:not([role="combobox"]), textarea, [data-slate-editor="true"]';

/**
 * A pane of Decap's i18n editor ("Writing in UR") does not say its language: its text boxes get
 * the language's `lang` and direction, so Urdu and Arabic are typed right to left and read out in
 * the right voice (WCAG 3.1.2). The English pane keeps the page's own. A pane can change language,
 * so what was set is marked and taken back.
 */
function markPaneLanguage(pane: HTMLElement): void {
  // The pane's first row holds its language menus: "Writing in UR", "Copy from...".
  // Its text runs on into the next menu ("Writing in URFill in from another locale").
  const writing = pane.firstElementChild?.textContent ?? '';
  const language = languages.find(
    (candidate) => candidate.code !== 'en' && writing.startsWith(`Writing in ${candidate.code.toUpperCase()}`),
  );
  // A field not translated in this language stays in the pane, invisible, to keep the rows beside
  // the English ones; some of its controls (the select widgets' search boxes) still took focus
  // and had no visible label. Inert, it is out of the keyboard's and screen readers' way.
  for (const field of pane.querySelectorAll<HTMLElement>(':scope > [class*="-ControlContainer"]')) {
    const hidden = getComputedStyle(field).visibility === 'hidden';
    if (field.inert !== hidden) field.inert = hidden;
  }
  for (const box of pane.querySelectorAll<HTMLElement>(textBoxes)) {
    if (language) {
      setIfDifferent(box, 'lang', language.htmlLang);
      setIfDifferent(box, 'dir', language.dir);
      box.dataset.paneLanguage = '';
    } else if (box.dataset.paneLanguage !== undefined) {
      box.removeAttribute('lang');
      box.removeAttribute('dir');
      delete box.dataset.paneLanguage;
    }
  }
}

const repairs: Repair[] = [
  {
    // The innermost: Decap wraps the i18n pane in a second container with the same name.
    selector: '[class*="-ControlPaneContainer"]:not(:has([class*="-ControlPaneContainer"]))',
    apply: markPaneLanguage,
  },
  {
    // The markdown body's rich text / Markdown switch: no name and no state.
    selector: 'button[role="switch"][class*="-ToolbarToggle"]',
    apply: (element) => {
      setIfDifferent(element, 'aria-label', 'Edit as Markdown');
      // Decap styles the active side's label twice ("ToolbarToggleLabel-ToolbarToggleLabel").
      const markdownLabel = element.nextElementSibling;
      const markdownActive = Boolean(markdownLabel?.className.includes('ToolbarToggleLabel-ToolbarToggleLabel'));
      setIfDifferent(element, 'aria-checked', String(markdownActive));
    },
  },
  {
    // The rich text editor (Slate) and the Markdown text area: named after their field.
    selector: '[data-slate-editor="true"], textarea[class*="-RawEditor"]',
    apply: (element) => {
      const label = fieldLabelOf(element);
      if (label) setIfDifferent(element, 'aria-label', label);
    },
  },
  {
    selector: 'iframe#preview-pane',
    apply: (element) => setIfDifferent(element, 'title', 'Preview of this entry'),
  },
  {
    // Toolbar menus (Headings, Add Component): a role="button" span around a real button. The
    // inner button keeps the menu's state; a click on it still reaches the span's handler.
    selector: 'span[role="button"][aria-haspopup="true"]:has(> button), span[data-menu-wrapper]',
    apply: (element) => {
      element.dataset.menuWrapper = '';
      const button = element.querySelector(':scope > button');
      if (!button) return;
      setIfDifferent(button, 'aria-haspopup', 'true');
      // Decap updates the span's aria-expanded as the menu opens and closes: move it each time.
      const expanded = element.getAttribute('aria-expanded');
      if (expanded !== null || !button.hasAttribute('aria-expanded')) {
        setIfDifferent(button, 'aria-expanded', expanded ?? 'false');
      }
      element.removeAttribute('role');
      element.removeAttribute('tabindex');
      element.removeAttribute('aria-haspopup');
      element.removeAttribute('aria-expanded');
    },
  },
  {
    // A list item's bar (locations, opening times): expand, drag and remove have no name.
    selector: '[class*="-StyledListItemTopBar"]',
    apply: (element) => {
      const buttons = element.querySelectorAll(':scope > button');
      const [toggle, remove] = [buttons[0], buttons.length > 1 ? buttons[buttons.length - 1] : undefined];
      if (toggle) setIfDifferent(toggle, 'aria-label', 'Show or hide this item');
      if (remove) setIfDifferent(remove, 'aria-label', 'Remove this item');
      const handle = element.querySelector(':scope > [aria-roledescription="sortable"]');
      if (handle) setIfDifferent(handle, 'aria-label', 'Move this item (drag, or Space then arrow keys)');
    },
  },
];

function repairAll(root: ParentNode): void {
  for (const repair of repairs) {
    for (const element of root.querySelectorAll<HTMLElement>(repair.selector)) repair.apply(element);
  }
}

/** Adds the styles and keeps the repairs applied as Decap renders and re-renders. */
export function improveAdminAccessibility(doc: Document = document): void {
  const style = doc.createElement('style');
  style.dataset.purpose = 'admin-accessibility';
  style.textContent = adminAccessibilityCss;
  doc.head.append(style);
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    // Once per frame however many nodes changed: Decap re-renders often while typing.
    requestAnimationFrame(() => {
      scheduled = false;
      repairAll(doc);
    });
  });
  observer.observe(doc.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-expanded', 'class'],
  });
  repairAll(doc);
}
