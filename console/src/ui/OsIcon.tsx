// OS icons drawn here (no icon font or CDN), chosen from a desktop's effective OS info.
import type { ReactElement } from 'react';

export type OsKey = 'windows' | 'ubuntu' | 'centos' | 'uos' | 'kylin' | 'debian' | 'linux' | 'unknown';

export function osKey(osType?: string | null, osDistro?: string | null): OsKey {
  const d = (osDistro ?? '').toLowerCase();
  const type = (osType ?? '').toLowerCase();
  if (type === 'windows' || d.startsWith('win')) return 'windows';
  for (const k of ['ubuntu', 'centos', 'uos', 'kylin', 'debian'] as const) {
    if (d.includes(k)) return k;
  }
  if (d.includes('deepin')) return 'uos';
  if (type === 'linux' || d) return 'linux';
  return 'unknown';
}

export const OS_LABEL: Record<OsKey, string> = {
  windows: 'Windows',
  ubuntu: 'Ubuntu',
  centos: 'CentOS',
  uos: 'UOS',
  kylin: 'Kylin',
  debian: 'Debian',
  linux: 'Linux',
  unknown: '?',
};

const SHAPES: Record<OsKey, ReactElement> = {
  windows: (
    <g fill="#1677c9">
      <rect x="3" y="3" width="8.5" height="8.5" rx="0.6" />
      <rect x="12.5" y="3" width="8.5" height="8.5" rx="0.6" />
      <rect x="3" y="12.5" width="8.5" height="8.5" rx="0.6" />
      <rect x="12.5" y="12.5" width="8.5" height="8.5" rx="0.6" />
    </g>
  ),
  ubuntu: (
    <g>
      <circle cx="12" cy="12" r="10" fill="#e95420" />
      <circle cx="12" cy="12" r="4.6" fill="none" stroke="#fff" strokeWidth="1.8" />
      <circle cx="6.2" cy="12" r="1.9" fill="#fff" />
      <circle cx="14.9" cy="7" r="1.9" fill="#fff" />
      <circle cx="14.9" cy="17" r="1.9" fill="#fff" />
    </g>
  ),
  centos: (
    <g transform="rotate(45 12 12)">
      <rect x="4" y="4" width="7.4" height="7.4" fill="#9ccd2a" />
      <rect x="12.6" y="4" width="7.4" height="7.4" fill="#932279" />
      <rect x="4" y="12.6" width="7.4" height="7.4" fill="#efa724" />
      <rect x="12.6" y="12.6" width="7.4" height="7.4" fill="#262577" />
    </g>
  ),
  uos: (
    <g>
      <rect x="2" y="2" width="20" height="20" rx="5" fill="#0081ff" />
      <path d="M7.5 6.5v6.2a4.5 4.5 0 0 0 9 0V6.5" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
    </g>
  ),
  kylin: (
    <g>
      <circle cx="12" cy="12" r="10" fill="#c8102e" />
      <path d="M8.5 6.5v11M8.5 12.5l6.5-6M10.6 10.6l5 6.9" fill="none" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
    </g>
  ),
  debian: (
    <path
      d="M13.6 12.3a1.9 1.9 0 1 1-2.3-2.6 4 4 0 0 1 4.8 3.3 5.6 5.6 0 0 1-5.3 6.2 7.4 7.4 0 0 1-7.2-7.6A8 8 0 0 1 12 3.6"
      fill="none"
      stroke="#d70a53"
      strokeWidth="2.3"
      strokeLinecap="round"
    />
  ),
  linux: (
    <g>
      <ellipse cx="12" cy="13" rx="6.5" ry="8.5" fill="#222" />
      <ellipse cx="12" cy="15" rx="4.2" ry="5.6" fill="#fff" />
      <circle cx="10" cy="8" r="1.1" fill="#fff" />
      <circle cx="14" cy="8" r="1.1" fill="#fff" />
      <path d="M10.3 10.2h3.4L12 11.8z" fill="#f4b400" />
      <ellipse cx="8" cy="21" rx="2.6" ry="1.2" fill="#f4b400" />
      <ellipse cx="16" cy="21" rx="2.6" ry="1.2" fill="#f4b400" />
    </g>
  ),
  unknown: (
    <g fill="none" stroke="#5b6472" strokeWidth="1.8" strokeLinejoin="round">
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M9 20h6M12 16v4" strokeLinecap="round" />
    </g>
  ),
};

export function OsIcon({ os, size = 40, label }: { os: OsKey; size?: number; label: string }) {
  return (
    <svg className="os-icon" data-os={os} width={size} height={size} viewBox="0 0 24 24" role="img" aria-label={label}>
      {SHAPES[os]}
    </svg>
  );
}
