/** Props for {@link PopupHeader}. */
export interface PopupHeaderProps {
  /** One line saying what the extension does. */
  tagline: string;
}

/** The popup's title and a one-line description of what Newslens does. */
export function PopupHeader({ tagline }: PopupHeaderProps) {
  return (
    <header class="popup-header">
      <h1 class="popup-header__title">Newslens</h1>
      <p class="popup-header__tagline">{tagline}</p>
    </header>
  );
}
