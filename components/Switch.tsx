/** Props for {@link Switch}. */
export interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** An on/off switch: a button with role="switch", its label inside so it is read and clicked as one. */
export function Switch({ label, checked, disabled = false, onChange }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="switch__label">{label}</span>
      <span class="switch__track" aria-hidden="true">
        <span class="switch__thumb" />
      </span>
    </button>
  );
}
