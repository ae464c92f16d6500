import type { TargetedEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import { DEFAULT_COLORS, parseHexColor, type HexColor, type HighlightKind } from '@/utils/settings';
import { useT } from './i18n';

/** Props for {@link ColorField}. */
export interface ColorFieldProps {
  kind: HighlightKind;
  /** The saved colour, `#rrggbb`. */
  value: HexColor;
  /** Called with a valid `#rrggbb` colour once the reader settles on it (picker closed, hex code entered). */
  onChange: (color: HexColor) => void;
}

type InputEvent = TargetedEvent<HTMLInputElement, Event>;

/**
 * One kind's colour: a group named after the kind, with a colour picker, the same colour as a hex code that
 * can be typed, and a preview of the highlight (underline style and tint) on a light and a dark page.
 * The preview follows the picker live; the colour is only handed on when the reader settles on it.
 */
export function ColorField({ kind, value, onChange }: ColorFieldProps) {
  const t = useT();
  const id = useId();
  // What the reader is doing with the saved colour: moving the picker, or typing a code. Each holds only
  // while the saved colour is the one it started from, so a change made elsewhere replaces it.
  const [picking, setPicking] = useState<{ from: HexColor; color: HexColor } | null>(null);
  const [typing, setTyping] = useState<{ from: HexColor; text: string; invalid: boolean } | null>(null);
  const draft = picking?.from === value ? picking.color : value;
  const text = typing?.from === value ? typing.text : value;
  const invalid = typing?.from === value && typing.invalid;

  const commit = (color: HexColor) => {
    setPicking(null);
    setTyping(null);
    if (color !== value) onChange(color);
  };
  const commitText = () => {
    const typed = text.trim();
    const color = parseHexColor(typed.startsWith('#') ? typed : `#${typed}`);
    if (color) commit(color);
    else setTyping({ from: value, text, invalid: true });
  };
  const sample = t(kind === 'leader' ? 'optionsSampleLeader' : 'optionsSampleClaim');

  return (
    <fieldset class="color-field">
      <legend class="color-field__legend">{t(kind === 'leader' ? 'switchLeaders' : 'switchClaims')}</legend>
      <div class="color-field__inputs">
        <label class="color-field__label">
          <span>{t('optionsColorLabel')}</span>
          <input
            type="color"
            class="color-field__picker"
            value={draft}
            aria-describedby={`${id}-preview`}
            onInput={(event: InputEvent) => setPicking({ from: value, color: event.currentTarget.value })}
            onChange={(event: InputEvent) => {
              const color = parseHexColor(event.currentTarget.value);
              if (color) commit(color);
            }}
          />
        </label>
        <label class="color-field__label">
          <span>{t('optionsHexLabel')}</span>
          <input
            type="text"
            class="color-field__hex"
            value={text}
            size={8}
            maxLength={7}
            spellcheck={false}
            autoComplete="off"
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-error` : undefined}
            onInput={(event: InputEvent) =>
              setTyping({ from: value, text: event.currentTarget.value, invalid: false })
            }
            onChange={commitText}
            onKeyDown={(event) => event.key === 'Enter' && commitText()}
          />
        </label>
      </div>
      {invalid && (
        <p id={`${id}-error`} class="color-field__error">
          {t('optionsHexInvalid', DEFAULT_COLORS[kind])}
        </p>
      )}
      <div class="color-field__preview">
        <span
          class={`color-sample color-sample--${kind}`}
          style={{ '--newslens-color': draft }}
          aria-hidden="true"
        >
          <span class="color-sample__page color-sample__page--light">
            <span class="color-sample__mark">{sample}</span>
          </span>
          <span class="color-sample__page color-sample__page--dark">
            <span class="color-sample__mark">{sample}</span>
          </span>
        </span>
        <span id={`${id}-preview`} class="muted">
          {t(kind === 'leader' ? 'optionsUnderlineSolid' : 'optionsUnderlineDashed', draft)}
        </span>
      </div>
    </fieldset>
  );
}
