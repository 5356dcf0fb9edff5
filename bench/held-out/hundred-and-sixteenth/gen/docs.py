# -*- coding: utf-8 -*-
"""Document layout on top of pdf.py: letters, invoices, notices (flowing blocks, page breaks)."""
import qr as _qr
from pdf import PDF, text_width, wrap

A4W, A4H = 595.28, 841.89


def build(m, blocks, producer, creator='', title='', author='', created=None, header=None, footer=None,
          margin=(56, 56, 70, 60), accent=(0.1, 0.25, 0.45), base=9.5):
    """blocks: list of tuples, see below. header(page, doc) / footer(page, doc, n) callables or lists of
    (text, size, bold, color, align) lines."""
    d = PDF(m.rng, producer, creator, title, author, created)
    L, R, T, B = margin
    W = A4W - L - R
    st = {'page': None, 'y': 0, 'n': 0}

    def new_page():
        p = d.page()
        st['page'], st['n'] = p, st['n'] + 1
        y = A4H - T
        if header:
            y = header(p, d, st['n'], L, R, y) if callable(header) else y
        if footer:
            footer(p, d, st['n'], L, R, B) if callable(footer) else None
        st['y'] = y

    def need(h):
        if st['y'] - h < B + 10:
            new_page()
    new_page()
    for blk in blocks:
        k = blk[0]
        p = st['page']
        if k == 'sp':
            st['y'] -= blk[1]
        elif k in ('p', 'b', 'small', 'h', 'h2', 'i'):
            txt = blk[1]
            size = {'p': base, 'b': base, 'small': base - 2, 'h': base + 5, 'h2': base + 2, 'i': base}[k]
            bold = k in ('b', 'h', 'h2')
            color = blk[2] if len(blk) > 2 else ((accent if k == 'h' else None))
            lead = size * 1.38
            for line in wrap(txt, W, size, bold):
                need(lead)
                st['page'].text(L, st['y'] - size, line, size, bold, color)
                st['y'] -= lead
        elif k == 'right':
            size = blk[2] if len(blk) > 2 else base
            need(size * 1.4)
            p.text(L + W, st['y'] - size, blk[1], size, False, None, 'right')
            st['y'] -= size * 1.4
        elif k == 'addr':   # address window block (left) + optional right info
            lines, info = blk[1], (blk[2] if len(blk) > 2 else [])
            y0 = st['y']
            y = y0
            for i, l in enumerate(lines):
                p.text(L, y - base, l, base, i == 0 and len(blk) > 3 and blk[3])
                y -= base * 1.35
            y2 = y0
            for kk, vv in info:
                p.text(L + W * 0.58, y2 - (base - 1), kk, base - 1, False, (0.35, 0.35, 0.35))
                if text_width(kk, base - 1) + text_width(vv, base - 1) + 10 > W * 0.42:
                    y2 -= (base - 1) * 1.3
                p.text(L + W, y2 - (base - 1), vv, base - 1, False, None, 'right')
                y2 -= (base - 1) * 1.4
            st['y'] = min(y, y2) - 6
        elif k == 'kv':
            pairs = blk[1]
            kw = blk[2] if len(blk) > 2 else W * 0.32
            for kk, vv in pairs:
                lines = wrap(vv, W - kw, base)
                need(base * 1.38 * len(lines))
                st['page'].text(L, st['y'] - base, kk, base, True)
                for ln in lines:
                    st['page'].text(L + kw, st['y'] - base, ln, base)
                    st['y'] -= base * 1.38
        elif k == 'table':
            heads, rows, cols = blk[1], blk[2], blk[3]
            aligns = blk[4] if len(blk) > 4 else ['l'] * len(cols)
            size = blk[5] if len(blk) > 5 else base - 0.5
            tot = sum(cols)
            cw = [c * W / tot for c in cols]

            def row(cells, bold=False, fill=None):
                wrapped = [wrap(str(cl), cw[i] - 6, size, bold) for i, cl in enumerate(cells)]
                h = max(len(w) for w in wrapped) * size * 1.3 + 5
                need(h)
                pp = st['page']
                if fill:
                    pp.rect(L, st['y'] - h, W, h, fill=fill)
                x = L
                for i, lines in enumerate(wrapped):
                    yy = st['y'] - size - 2.5
                    for ln in lines:
                        if aligns[i] == 'r':
                            pp.text(x + cw[i] - 3, yy, ln, size, bold, None, 'right')
                        else:
                            pp.text(x + 3, yy, ln, size, bold)
                        yy -= size * 1.3
                    x += cw[i]
                st['y'] -= h
                pp.line(L, st['y'], L + W, st['y'], 0.3, (0.6, 0.6, 0.6))
            row(heads, True, (0.9, 0.92, 0.95))
            for rr in rows:
                if rr and rr[0] == '__bold__':
                    row(rr[1:], True)
                else:
                    row(rr)
        elif k == 'totals':
            for kk, vv, bold in blk[1]:
                need(base * 1.5)
                st['page'].text(L + W * 0.62, st['y'] - base, kk, base, bold)
                st['page'].text(L + W, st['y'] - base, vv, base, bold, None, 'right')
                st['y'] -= base * 1.5
        elif k == 'qr':
            payload, size = blk[1], blk[2]
            cap = blk[3] if len(blk) > 3 else ''
            x = blk[4] if len(blk) > 4 else L
            ecl = blk[5] if len(blk) > 5 else 'M'
            need(size + 24)
            mat = _qr.encode(payload, ecl)
            name = d.add_qr(mat, payload)
            m.qr_expected.append(payload)
            st['page'].image(name, x, st['y'] - size, size, size)
            if cap:
                for i, ln in enumerate(wrap(cap, W - size - 20, base - 1)):
                    st['page'].text(x + size + 12, st['y'] - 14 - i * (base * 1.3), ln, base - 1)
            st['y'] -= size + 10
        elif k == 'button':   # coloured box with centred text and link
            txt, url = blk[1], blk[2]
            colr = blk[3] if len(blk) > 3 else accent
            bw = text_width(txt, base + 1, True) + 40
            need(34)
            x = L + (W - bw) / 2
            st['page'].rect(x, st['y'] - 28, bw, 26, fill=colr)
            st['page'].text(x + bw / 2, st['y'] - 19, txt, base + 1, True, (1, 1, 1), 'center')
            st['page'].link(x, st['y'] - 28, bw, 26, url)
            st['y'] -= 40
        elif k == 'link':
            txt, url = blk[1], blk[2]
            need(base * 1.5)
            st['page'].text(L, st['y'] - base, txt, base, False, (0.0, 0.2, 0.75))
            st['page'].link(L, st['y'] - base - 2, text_width(txt, base), base + 4, url)
            st['y'] -= base * 1.5
        elif k == 'rule':
            st['page'].line(L, st['y'] - 3, L + W, st['y'] - 3, 0.5, (0.6, 0.6, 0.6))
            st['y'] -= 8
        elif k == 'box':
            txt = blk[1]
            fill = blk[2] if len(blk) > 2 else (0.95, 0.95, 0.95)
            lines = wrap(txt, W - 20, base)
            h = len(lines) * base * 1.38 + 14
            need(h)
            st['page'].rect(L, st['y'] - h, W, h, fill=fill, stroke=(0.7, 0.7, 0.7))
            yy = st['y'] - 7 - base
            for ln in lines:
                st['page'].text(L + 10, yy, ln, base)
                yy -= base * 1.38
            st['y'] -= h + 6
        elif k == 'newpage':
            new_page()
        else:
            raise ValueError(k)
    return d.build(), d


def letterhead(name, lines, color=(0.1, 0.25, 0.45), right=None, logo_box=True):
    def hdr(p, d, n, L, R, y):
        if logo_box:
            p.rect(L, y - 26, 26, 26, fill=color)
            p.text(L + 34, y - 12, name, 13, True, color)
            p.text(L + 34, y - 24, lines[0] if lines else '', 7.5, False, (0.35, 0.35, 0.35))
        else:
            p.text(L, y - 12, name, 13, True, color)
            p.text(L, y - 24, lines[0] if lines else '', 7.5, False, (0.35, 0.35, 0.35))
        if right:
            yy = y - 8
            for l in right:
                p.text(A4W - R, yy, l, 7.5, False, (0.35, 0.35, 0.35), 'right')
                yy -= 9.5
        p.line(L, y - 34, A4W - R, y - 34, 0.8, color)
        return y - 48
    return hdr


def footer_lines(lines, pageword=None):
    def ftr(p, d, n, L, R, B):
        y = B - 14
        width = A4W - L - R - (50 if pageword else 0)
        p.line(L, B - 4, A4W - R, B - 4, 0.3, (0.6, 0.6, 0.6))
        for l in lines:
            for ln in wrap(l, width, 6.8):
                p.text(L, y, ln, 6.8, False, (0.35, 0.35, 0.35))
                y -= 8.5
        if pageword:
            p.text(A4W - R, B - 14, pageword % n, 6.8, False, (0.35, 0.35, 0.35), 'right')
    return ftr


def money(v, lang):
    s = '{:,.2f}'.format(v)
    if lang in ('de', 'it', 'es', 'el', 'pl', 'ru'):
        s = s.replace(',', 'X').replace('.', ',').replace('X', '.' if lang in ('de', 'it', 'es', 'el') else '\u00a0')
    return s
