import type { ComponentChildren } from 'preact';

interface Props {
  checked: boolean;
  onToggle: () => void;
  children: ComponentChildren;
  /** The id of text that says more about it. */
  describedBy?: string;
}

/** An on/off setting: a checkbox with the switch role, its label beside it. */
export function Switch({ checked, onToggle, children, describedBy }: Props) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" checked={checked} onChange={onToggle} aria-describedby={describedBy} />
      {typeof children === 'string' ? <span>{children}</span> : children}
    </label>
  );
}
