"""Shared imports and small helpers for message definitions."""
import datetime as _dt

from .. import company as C, dates, docs as D, ids, mime as M, render as R, systems as sy, arch, png
from ..company import S, native
from ..dates import hamburg
from ..mime import Multi, attachment, text_leaf, message_leaf
from ..msg import P, rstr, rhex, ruuid, rb64
from ..registry import msg
from ..render import Q

TD = _dt.timedelta

__all__ = ['C', 'dates', 'D', 'ids', 'M', 'R', 'sy', 'arch', 'png', 'S', 'native', 'hamburg', 'Multi', 'attachment',
           'text_leaf', 'message_leaf', 'P', 'rstr', 'rhex', 'ruuid', 'rb64', 'msg', 'Q', 'TD', 'mixed', 'related',
           'alt', 'ago', 'prev_id', 'm365', 'iban_chk', 'logo']


def mixed(*parts, **kw):
    return Multi('mixed', list(parts), **kw)


def related(*parts, **kw):
    return Multi('related', list(parts), params=kw.pop('params', '; type="multipart/alternative"'), **kw)


def alt(*parts, **kw):
    return Multi('alternative', list(parts), **kw)


def ago(m, **kw):
    """A moment before the message (aware, Hamburg time) for quoted history."""
    return dates.local('cet', m.t - TD(**kw))


def prev_id(m, kind, domain=None):
    """Message-IDs of earlier messages in a thread, in the style of their systems."""
    r = m.rng
    if kind == 'exch':
        return '<%s@EXCH0%d.corp.example.com>' % (rhex(r, 32), r.choice([1, 2]))
    if kind == 'outlook_smtp':
        return '<%s$%s$%s$@%s>' % (rhex(r, 12), rhex(r, 8), rhex(r, 8), domain)
    if kind == 'm365':
        srv = 'AS8PR07MB%04d' % r.randrange(1000, 9999)
        return '<%s%s@%s.eurprd07.prod.outlook.com>' % (srv, rhex(r, 29, True), srv)
    if kind == 'gmail':
        return '<CA%s@mail.gmail.com>' % rstr(r, 49)
    if kind == 'tb':
        return '<%s@%s>' % (ruuid(r), domain)
    raise ValueError(kind)


def m365(m, region='eu', **kw):
    sy.m365_setup(m, region)
    m.system = sy.m365
    m.sys_kw['args'] = kw


def iban_chk(v):
    return lambda: ids.iban_ok(v)


def logo(text, bg):
    return D.logo_image(text, bg)
