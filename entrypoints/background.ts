import { defineBackground } from '#imports';

/**
 * The background script will own long-lived state and the privileged APIs: settings writes, the toolbar
 * badge and, if measurements keep favouring it, hosting the analysis so content scripts stay small.
 * Nothing needs it yet, so it registers no listeners.
 */
export default defineBackground(() => {});
