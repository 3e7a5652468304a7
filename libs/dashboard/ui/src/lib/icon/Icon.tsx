import { cx } from '../class-names';

// Paths on a 20×20 grid, stroked; only the few icons the shell needs.
const PATHS = {
  alert: 'M10 3.5 2.5 16.5h15L10 3.5Zm0 5v3.5m0 2.25v.25',
  info: 'M10 17.5a7.5 7.5 0 1 0 0-15 7.5 7.5 0 0 0 0 15Zm0-8.5v4.5m0-7v.25',
  menu: 'M3 5.5h14M3 10h14M3 14.5h14',
  close: 'm5 5 10 10M15 5 5 15',
  plus: 'M10 4v12M4 10h12',
  back: 'M12.5 4.5 7 10l5.5 5.5',
  download: 'M10 3.5v9m-4-4 4 4 4-4M4 16h12',
  upload: 'M10 13V4m-4 4 4-4 4 4M4 16h12',
} as const;

export type IconName = keyof typeof PATHS;

export type IconProps = {
  name: IconName;
  /** Pixels; icons follow the text colour. */
  size?: number;
  className?: string;
};

/** A decorative icon: hidden from screen readers, so pair it with text. */
export function Icon({ name, size = 18, className }: IconProps) {
  return (
    <svg
      className={cx('ui-icon', className)}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
