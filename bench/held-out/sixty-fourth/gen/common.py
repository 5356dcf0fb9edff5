"""Shared helpers for the message definition modules."""
import html as _html
import infra, services, util
from infra import T
from mime import text, html, att, multi, alt
from people import S, C, who
from qr import qr_png

def M(lang, slug, frm, to, subject, t, inf, body, what, why, **kw):
    d = dict(lang=lang, slug=slug, frm=frm, to=to if isinstance(to, list) else [to], subject=subject, t=t, inf=inf,
             body=body, what=what, why=why)
    d.update(kw)
    return d

def vps(host, ip, cip, mid='outlook', ua=None, tz='DE', helo=None, rdns=None, mta='Postfix'):
    return lambda r, t, f, rc: infra.smtp_auth(r, t, f, rc, host, ip, cip, tz=tz, mid=mid, ua=ua, helo=helo,
                                               rdns=rdns, mta=mta)

def o365(**kw):
    return lambda r, t, f, rc: infra.o365(r, t, f, rc, **kw)

def gmail(ios=False):
    return lambda r, t, f, rc: infra.gmail(r, t, f, rc, ios=ios)

def esp(kind, dom=None):
    return lambda r, t, f, rc: infra.esp(r, t, f, rc, kind, dom)

def internal(**kw):
    return lambda r, t, f, rc: infra.internal(r, t, f, rc, **kw)

def svc(name):
    return lambda r, t, f, rc: getattr(services, name)(r, t, f, rc)

def gmx(cip, webde=False):
    return lambda r, t, f, rc: infra.gmx(r, t, f, rc, cip, webde)

def yandex(cip):
    return lambda r, t, f, rc: infra.yandex(r, t, f, rc, cip)

def mailru(cip):
    return lambda r, t, f, rc: infra.mailru(r, t, f, rc, cip)

def wp(cip):
    return lambda r, t, f, rc: infra.wp(r, t, f, rc, cip)

def libero(cip):
    return lambda r, t, f, rc: infra.libero(r, t, f, rc, cip)

def otenet(cip):
    return lambda r, t, f, rc: infra.otenet(r, t, f, rc, cip)

def htmlize(txt, head='', font='Calibri, sans-serif'):
    """Outlook/webmail-like HTML rendition of a plain text body."""
    paras = [p for p in txt.strip('\n').split('\n\n')]
    body = '\n'.join('<p style="margin:0 0 10px 0">%s</p>' % _html.escape(p).replace('\n', '<br>\n') for p in paras)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n%s</head>\n'
            '<body>\n<div style="font-family:%s;font-size:11pt">\n%s\n</div>\n</body>\n</html>\n') % (head, font, body)

def altpart(txt, cs='utf-8', cte='quoted-printable', hcte=None, htm=None):
    h = (htm or htmlize(txt)).replace('%CS%', cs)
    return alt(text(txt, 'plain', cs, cte), html(h, cs, hcte or cte))

def pdfatt(name, lines, title=None):
    return att(util.pdf(lines, title or name, name), 'application/pdf', name)

def quote(txt, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in txt.strip('\n').split('\n'))
