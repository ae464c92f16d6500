import { useT } from './i18n';

export type PopupView = 'page' | 'glossary';

/** Props for {@link ViewTabs}. */
export interface ViewTabsProps {
  view: PopupView;
  onChange: (view: PopupView) => void;
}

const VIEWS: PopupView[] = ['page', 'glossary'];

/** The two views of the popup as a tab list: arrow keys move between tabs, as screen readers expect. */
export function ViewTabs({ view, onChange }: ViewTabsProps) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = VIEWS[(VIEWS.indexOf(view) + 1) % VIEWS.length];
    onChange(next);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" onKeyDown={onKeyDown}>
      {VIEWS.map((name) => (
        <button
          key={name}
          id={`tab-${name}`}
          type="button"
          role="tab"
          class="tab"
          aria-selected={view === name}
          aria-controls={`panel-${name}`}
          tabIndex={view === name ? 0 : -1}
          onClick={() => onChange(name)}
        >
          {t(name === 'page' ? 'tabPage' : 'tabGlossary')}
        </button>
      ))}
    </div>
  );
}
