"""Convenience imports and helpers for the message modules."""
from common import (UTC, alnum, det_uuid, digits, enc_text, encoded_words, fmt_addr, hexs, local, localtime,
                    plus, rfcdate, rng_for)
from checksums import (bech32_verify, btc_address_from_seed, de_ustid, es_cif, gr_afm, iban, iban_de, iban_es,
                       iban_fmt, iban_gb, iban_gr, iban_it, iban_lt, iban_pl, iban_pt, iban_valid, it_piva,
                       pl_nip, ru_account, ru_corr_account, ru_inn10, ru_ogrn)
import infra
from infra import TLS12, TLS13, TLS13_128
from mime import Binary, Multi, Text
from msg import (Mail, alt, html_escape, html_gmail, html_outlook, html_simple, html_thunderbird, mixed,
                 quote_block, related, safe_for)
from people import STAFF, S
from pdf import simple_pdf
from png import logo_png
from qr import qr_png
from zipc import zip_crypto, zip_plain
import attach

A = "attack"
B = "business"


def pdfdate(t, zone="CET"):
    from common import zone_offset
    off, _ = zone_offset(zone, t)
    lt = localtime(t, zone)
    sign = "+" if off >= 0 else "-"
    return "D:%s%s%02d'%02d'" % (lt.strftime("%Y%m%d%H%M%S"), sign, abs(off) // 60, abs(off) % 60)


def att(prof, data, filename, ctype="application/pdf", t=None, charset=None):
    """An attachment part in the style of the sending system."""
    b = _att(prof, data, filename, ctype, t)
    if charset or ctype.startswith("text/"):
        b.params.append('charset="%s"' % (charset or "utf-8"))
    return b


def _att(prof, data, filename, ctype, t):
    style = prof.bstyle
    if style in ("m365", "exchange"):
        t = t or prof.t
        d = rfcdate(t, "GMT").replace("+0000", "GMT")
        fn_style = "rfc2047"
        desc = filename if all(ord(c) < 128 for c in filename) else enc_text(filename, "utf-8", "B")
        return Binary(data, ctype, filename, fname_style=fn_style, desc=desc,
                      disp_extra=["size=%d" % len(data), 'creation-date="%s"' % d, 'modification-date="%s"' % d])
    if style == "outlook":
        return Binary(data, ctype, filename, fname_style="rfc2047")
    if style in ("thunderbird", "roundcube", "gmx"):
        return Binary(data, ctype, filename, fname_style="rfc2231")
    if style == "apple":
        return Binary(data, ctype, filename, fname_style="rfc2231", disposition="attachment")
    if style == "gmail":
        return Binary(data, ctype, filename, fname_style="rfc2047",
                      extra=["X-Attachment-Id: f_%s" % hexs(prof.rng, 9), "Content-ID: <f_%s>" % hexs(prof.rng, 9)])
    return Binary(data, ctype, filename, fname_style="rfc2047")


def inline_png(prof, data, name, cid):
    return Binary(data, "image/png", name, disposition="inline", cid=cid)


def prev_mid(kind, seed, t, sender="x@example.com", **kw):
    """Message-ID an earlier message of the thread would have had in its own system."""
    r = rng_for("prev", seed)
    fn = getattr(infra, kind)
    if kind == "exchange_internal":
        return fn(r, t, sender, "x@example.com", **kw).mid
    if kind in ("m365", "outlook_classic", "thunderbird", "roundcube"):
        return fn(r, t, sender, "x@example.com", **kw).mid
    return fn(r, t, sender, "x@example.com", **kw).mid


def wrap_quote_header(lang, name, addr, when_str):
    return {
        "de": "Am %s schrieb %s <%s>:" % (when_str, name, addr),
        "en": "On %s, %s <%s> wrote:" % (when_str, name, addr),
        "it": "Il %s %s <%s> ha scritto:" % (when_str, name, addr),
        "pl": "W dniu %s %s <%s> napisał(a):" % (when_str, name, addr),
        "es": "El %s, %s <%s> escribió:" % (when_str, name, addr),
        "el": "Στις %s, ο/η %s <%s> έγραψε:" % (when_str, name, addr),
        "ru": "%s, %s <%s> написал(а):" % (when_str, name, addr),
    }[lang]


def outlook_quote(lang, frm, sent, to, subject, cc=None):
    lab = {
        "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
        "en": ("From", "Sent", "To", "Cc", "Subject"),
        "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
        "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
        "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
        "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
        "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    }[lang]
    s = "-----%s-----\n" % {"de": "Ursprüngliche Nachricht", "en": "Original Message", "it": "Messaggio originale",
                            "pl": "Wiadomość oryginalna", "es": "Mensaje original", "el": "Αρχικό μήνυμα",
                            "ru": "Исходное сообщение"}[lang]
    s += "%s: %s\n%s: %s\n%s: %s\n" % (lab[0], frm, lab[1], sent, lab[2], to)
    if cc:
        s += "%s: %s\n" % (lab[3], cc)
    s += "%s: %s\n" % (lab[4], subject)
    return s


def plainify(text):
    """Replace typographic characters that the legacy 8-bit charsets lack (what many clients do)."""
    for a, b in (("–", "-"), ("—", "-"), ("„", '"'), ("“", '"'), ("”", '"'), ("‚", "'"), ("‘", "'"),
                 ("’", "'"), ("…", "..."), ("€", "EUR"), ("№", "N")):
        text = text.replace(a, b)
    return text
