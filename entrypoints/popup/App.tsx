import { PopupHeader } from '@/components/PopupHeader';

/**
 * The popup's one container: the only place in the popup that will talk to the extension (settings, the
 * active tab's results) and hand plain props down to display components.
 */
export function App() {
  return (
    <main class="popup">
      <PopupHeader tagline="Highlights leaders and numeric claims on news articles." />
    </main>
  );
}
