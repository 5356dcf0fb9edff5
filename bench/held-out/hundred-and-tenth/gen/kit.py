"""Shared imports and helpers for the message definition modules."""
import base64
import struct
import zlib

from mimegen import (Message, Part, U, rng_for, addr, addr_list, hdr_text, ew, rfcdate, hexs, alnum, sec, mx01,
                     postfix_hop, postfix_long_id, local, TLS12, TLS13, TLS13_128)
from infra import (internal, exo, outlook_smtp, thunderbird, gmail, gmx, libero, wp, onet, otenet, yandex,
                   sendgrid, mailgun, ses, brevo, mailchimp, generic_esp, direct, exim_hop, cpanel_antiabuse,
                   filetime, thread_index, _uuid as uuid4s)
from bodies import (plain, html_outlook, html_owa, html_gmail, html_tb, html_webmail, html_esp, tp, hp, alt,
                    mixed, related, att, inline_img)
from artifacts import pdf, zip_plain, zip_crypto, PLACEHOLDER, svg_doc, translit
from qr import QR, png_rgb
import ids
from company import st


def finish(m, e, frm, to, subject, root, cs="utf-8", enc="Q", label=None, cc=None, reply_to=None,
           irt=None, refs=None, date=None, extra=None, cc_name="Cc", subj_raw=None):
    core = {"From": frm, "To": to, "Date": date or e.date,
            "Subject": subj_raw if subj_raw is not None else hdr_text(subject, cs, enc, label)}
    if cc:
        core[cc_name] = cc
    if reply_to:
        core["Reply-To"] = reply_to
    if irt:
        core["In-Reply-To"] = irt
    if refs:
        core["References"] = refs
    if "Thread-Topic" in e.order and subject:
        topic = subject
        for p in ("AW: ", "WG: ", "RE: ", "Re: ", "R: ", "FW: ", "ΑΠ: ", "RE:", "Odp: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        core["Thread-Topic"] = hdr_text(topic, cs, enc, label, name_len=14)
    if extra:
        core.update(extra)
    m.root = root
    e.bcount = 0
    for p in root.walk():          # pre-order: outermost multipart gets the first boundary
        if p.is_multipart():
            p.boundary = e.boundary()
    e.compose(core)
    return m


def outlook_msgid(rng, utc, domain):
    ft = filetime(utc)
    return "<%04x%08x$%08x$%s$@%s>" % (rng.randrange(1, 0xfff), ft >> 32, ft & 0xFFFFFFFF, hexs(rng, 8), domain)


def exch_msgid(rng, server="EX-HAM-MBX02"):
    return "<%s@%s.corp.example.com>" % (hexs(rng, 32), server)


def wav_silence(seconds=1, rate=8000):
    n = seconds * rate
    data = b"\x80" * n
    return (b"RIFF" + struct.pack("<I", 36 + n) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate, 1, 8)
            + b"data" + struct.pack("<I", n) + data)


def logo_png(w, h, rgb, rgb2=(255, 255, 255), band=0.28):
    """Simple two-colour banner PNG (placeholder logo)."""
    def px(x, y):
        if y < h * band or (x // 6 + y // 6) % 9 == 0 and y > h * 0.8:
            return bytes(rgb)
        return bytes(rgb2)
    return png_rgb(w, h, px)


def sig_de(name, title, phone, mail):
    return ("Mit freundlichen Grüßen\n\n%s\n%s\n\nExample Group Aviation Services GmbH\nWeg beim Jäger 190 · 22335 Hamburg\n"
            "Tel. %s · %s\nwww.examplegroup.eu\n\nSitz der Gesellschaft: Hamburg · Amtsgericht Hamburg HRB 123456\n"
            "Geschäftsführer: Dr. Matthias Köhler · USt-IdNr. %s" % (name, title, phone, mail, EG_USTID))


EG_USTID = ids.de_ustid("81234567")
