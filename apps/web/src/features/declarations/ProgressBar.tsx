import { useId } from 'react';

/** A labelled native progress bar with its percentage in text beside it. */
export function ProgressBar({ value, label, className }: { value: number; label: string; className?: string }) {
  const id = useId();
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className={className ? `progress ${className}` : 'progress'}>
      <span id={id} className="progress-label">
        {label}
      </span>
      <progress max={100} value={percent} aria-labelledby={id}>
        {percent} %
      </progress>
      <span className="progress-value" aria-hidden="true">
        {percent} %
      </span>
    </div>
  );
}
