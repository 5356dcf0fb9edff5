// Server-rendered SVG charts (no client library, nothing remote). Only presentation attributes
// are used — the page CSP forbids inline style — and every text goes through html``.
import type { Action } from '../store/types.ts';
import { html, type SafeHtml } from './html.ts';
import type { TrafficStats } from './stats.ts';

export const ACTION_COLORS: Record<Action, string> = {
  accept: '#3d9a50', tag: '#e0b000', quarantine: '#e07b00', reject: '#c8362e', tempfail: '#7c8b9c',
};

function niceMax(v: number): number {
  if (v <= 4) return 4;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function hourLabel(ms: number, bucketMs: number): string {
  const d = new Date(ms);
  return bucketMs >= 86400_000 ? d.toISOString().slice(5, 10) : bucketMs > 3600_000 ? `${d.toISOString().slice(5, 10)} ${d.getUTCHours()}h` : `${String(d.getUTCHours()).padStart(2, '0')}:00`;
}

export function stackedBars(s: TrafficStats, labels: Record<Action, string>, title: string): SafeHtml {
  const W = 720, H = 220, L = 40, B = 28, T = 10, R = 10;
  const n = s.buckets.length;
  const max = niceMax(Math.max(1, ...s.buckets.map((b) => b.total)));
  const bw = (W - L - R) / n;
  const y = (v: number) => T + (H - T - B) * (1 - v / max);
  const order: Action[] = ['accept', 'tag', 'quarantine', 'reject', 'tempfail'];
  const ticks = [0, max / 2, max];
  const every = Math.ceil(n / 8);
  return html`<svg class="chart" viewBox="0 0 ${W} ${H + 22}" role="img" aria-label="${title}">
  <title>${title}</title>
  ${ticks.map((v) => html`<line x1="${L}" x2="${W - R}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/><text x="${L - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="#666">${Number.isInteger(v) ? v : v.toFixed(1)}</text>`)}
  ${s.buckets.map((b, i) => {
    let acc = 0;
    return html`<g>${order.map((a) => {
      const v = b.counts[a];
      if (!v) return '';
      const y1 = y(acc + v);
      const h = y(acc) - y1;
      acc += v;
      return html`<rect x="${(L + i * bw + 1).toFixed(1)}" y="${y1.toFixed(1)}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${ACTION_COLORS[a]}"><title>${hourLabel(b.start, s.bucketMs)} ${labels[a]}: ${v}</title></rect>`;
    })}${i % every === 0 ? html`<text x="${(L + i * bw + bw / 2).toFixed(1)}" y="${H - B + 16}" text-anchor="middle" font-size="10" fill="#666">${hourLabel(b.start, s.bucketMs)}</text>` : ''}</g>`;
  })}
  ${order.map((a, i) => html`<rect x="${L + i * 120}" y="${H + 8}" width="10" height="10" fill="${ACTION_COLORS[a]}"/><text x="${L + i * 120 + 14}" y="${H + 17}" font-size="11" fill="#333">${labels[a]}</text>`)}
</svg>`;
}

export function ratioLine(s: TrafficStats, title: string): SafeHtml {
  const W = 720, H = 140, L = 40, B = 22, T = 10, R = 10;
  const n = s.buckets.length;
  const x = (i: number) => L + ((W - L - R) * (i + 0.5)) / n;
  const y = (v: number) => T + (H - T - B) * (1 - v);
  // deferred (greylisted) mail has no verdict yet: it counts on neither side of the ratio
  const judged = (b: TrafficStats['buckets'][number]) => b.total - b.counts.tempfail;
  const pts = s.buckets.map((b, i) => (judged(b) ? `${x(i).toFixed(1)},${y(b.spam / judged(b)).toFixed(1)}` : null)).filter(Boolean).join(' ');
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}">
  <title>${title}</title>
  ${[0, 0.5, 1].map((v) => html`<line x1="${L}" x2="${W - R}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/><text x="${L - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="#666">${Math.round(v * 100)}%</text>`)}
  ${pts ? html`<polyline points="${pts}" fill="none" stroke="#c8362e" stroke-width="2"/>` : ''}
  ${s.buckets.map((b, i) => (judged(b) ? html`<circle cx="${x(i).toFixed(1)}" cy="${y(b.spam / judged(b)).toFixed(1)}" r="2.5" fill="#c8362e"><title>${hourLabel(b.start, s.bucketMs)}: ${Math.round((100 * b.spam) / judged(b))}% (${b.spam}/${judged(b)})</title></circle>` : ''))}
</svg>`;
}

/** Horizontal bars, one per row; with `href`, each bar links to where its row's messages are listed. */
export function hbars(rows: Array<{ name: string; count: number }>, title: string, color = '#4a6fa5', href?: (name: string) => string): SafeHtml {
  if (!rows.length) return html`<p class="muted">—</p>`;
  const W = 340, rowH = 20;
  const max = Math.max(...rows.map((r) => r.count));
  const bar = (r: { name: string }, inner: SafeHtml): SafeHtml => (href ? html`<a href="${href(r.name)}">${inner}</a>` : inner);
  return html`<svg class="chart small" viewBox="0 0 ${W} ${rows.length * rowH + 4}" role="img" aria-label="${title}">
  <title>${title}</title>
  ${rows.map((r, i) => bar(r, html`<g><rect x="150" y="${i * rowH + 3}" width="${Math.max(2, ((W - 200) * r.count) / max).toFixed(1)}" height="${rowH - 6}" fill="${color}"/>
  <text x="146" y="${i * rowH + 15}" text-anchor="end" font-size="11" fill="#333">${r.name.length > 24 ? r.name.slice(0, 23) + '…' : r.name}</text>
  <text x="${(154 + ((W - 200) * r.count) / max).toFixed(1)}" y="${i * rowH + 15}" font-size="11" fill="#333">${r.count}</text></g>`))}
</svg>`;
}
