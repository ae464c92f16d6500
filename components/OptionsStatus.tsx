import { useRef } from 'preact/hooks';
import { useT } from './i18n';

/** Props for {@link OptionsStatus}. */
export interface OptionsStatusProps {
  /** What the last action did, or null before any. */
  message: string | null;
  /** Takes the last action back; absent when there is nothing to undo. */
  onUndo?: () => void;
}

/**
 * A polite live region that says what the last action did, with an Undo button beside it (not inside it, so
 * the button's name is not read out with every message). The region is always present, so screen readers
 * announce the first message too.
 */
export function OptionsStatus({ message, onUndo }: OptionsStatusProps) {
  const t = useT();
  const region = useRef<HTMLParagraphElement>(null);
  return (
    <div class={message ? 'options-status options-status--shown' : 'options-status'}>
      <p role="status" class="options-status__message" tabIndex={-1} ref={region}>
        {message ?? ''}
      </p>
      {onUndo && (
        <button
          type="button"
          class="link-button"
          onClick={() => {
            // The button goes away with the undo: keep keyboard focus on the message that replaces it.
            region.current?.focus();
            onUndo();
          }}
        >
          {t('optionsUndo')}
        </button>
      )}
    </div>
  );
}
