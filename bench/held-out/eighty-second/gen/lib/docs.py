"""Attachment payloads: inert HTML/SVG lures, calendar invites, WAV, placeholders.

Nothing here contains executable script: lures use plain links / forms
only, payload stand-ins are one line of text."""
import io
import math
import struct
import wave

from .mime import html_escape as E

PLACEHOLDER = "PLACEHOLDER - inert stand-in for a malicious payload; contains no code.\n"


def placeholder(name):
    return PLACEHOLDER.encode("ascii")


def login_page(title, brand, heading, sub, email, action, button, user_label="E-Mail",
               pw_label="Passwort", footer="", color="#0067b8", lang="de", note="", charset="utf-8",
               refresh=None, hidden=()):
    """Credential-harvesting page look-alike.  No JavaScript: plain form."""
    meta_refresh = ('<meta http-equiv="refresh" content="%d;url=%s">\n' % refresh) if refresh else ""
    hid = "".join('<input type="hidden" name="%s" value="%s">\n' % (E(k), E(v)) for k, v in hidden)
    return ("""<!DOCTYPE html>
<html lang="%(lang)s">
<head>
<meta charset="%(cs)s">
<meta name="viewport" content="width=device-width, initial-scale=1">
%(refresh)s<title>%(title)s</title>
<style>
body{margin:0;background:#f2f2f2;font-family:"Segoe UI",Arial,sans-serif}
.box{width:380px;margin:70px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.brand{font-weight:600;color:#5e5e5e;font-size:15px;margin-bottom:18px}
h1{font-size:22px;font-weight:600;margin:0 0 12px 0;color:#1b1b1b}
p{font-size:13px;color:#1b1b1b}
input[type=email],input[type=password],input[type=text]{width:100%%;border:0;border-bottom:1px solid #666;padding:8px 0;margin:10px 0;font-size:15px}
button{background:%(color)s;color:#fff;border:0;padding:9px 32px;font-size:15px;float:right;margin-top:14px}
.foot{clear:both;font-size:11px;color:#777;padding-top:28px}
</style>
</head>
<body>
<div class="box">
<div class="brand">%(brand)s</div>
<h1>%(heading)s</h1>
<p>%(sub)s</p>
<form method="post" action="%(action)s">
%(hidden)s<label>%(ul)s</label>
<input type="email" name="login" value="%(email)s" readonly>
<label>%(pl)s</label>
<input type="password" name="passwd" placeholder="%(pl)s" autocomplete="current-password">
<button type="submit">%(button)s</button>
</form>
<p>%(note)s</p>
<div class="foot">%(footer)s</div>
</div>
</body>
</html>
""" % dict(lang=lang, cs=charset, refresh=meta_refresh, title=E(title), brand=E(brand), heading=E(heading),
           sub=E(sub), action=E(action), hidden=hid, ul=E(user_label), email=E(email), pl=E(pw_label),
           button=E(button), color=color, note=E(note), footer=E(footer)))


def svg_lure(title_lines, link, button, width=620, height=360, brand="", color="#d6002a", foot=""):
    """SVG 'document preview' whose only active content is a hyperlink."""
    y = 120
    texts = []
    for ln in title_lines:
        texts.append('<text x="40" y="%d" font-family="Arial, sans-serif" font-size="16" fill="#222">%s</text>' % (y, E(ln)))
        y += 26
    return ("""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%(w)d" height="%(h)d" viewBox="0 0 %(w)d %(h)d">
<rect width="100%%" height="100%%" fill="#f4f4f4"/>
<rect x="20" y="20" width="%(iw)d" height="%(ih)d" fill="#ffffff" stroke="#cccccc"/>
<rect x="20" y="20" width="%(iw)d" height="52" fill="%(color)s"/>
<text x="40" y="54" font-family="Arial, sans-serif" font-size="20" font-weight="bold" fill="#ffffff">%(brand)s</text>
%(texts)s
<a xlink:href="%(link)s" href="%(link)s" target="_blank">
<rect x="40" y="%(by)d" width="260" height="44" rx="4" fill="%(color)s"/>
<text x="170" y="%(ty)d" text-anchor="middle" font-family="Arial, sans-serif" font-size="16" fill="#ffffff">%(button)s</text>
</a>
<text x="40" y="%(fy)d" font-family="Arial, sans-serif" font-size="11" fill="#888">%(foot)s</text>
</svg>
""" % dict(w=width, h=height, iw=width - 40, ih=height - 40, color=color, brand=E(brand), texts="\n".join(texts),
           link=E(link), by=y + 10, ty=y + 38, button=E(button), fy=height - 34, foot=E(foot))).encode("utf-8")


def ics_invite(uid, organizer, attendees, start, end, summary, location, description, dtstamp, method="REQUEST", tz="UTC"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        out = []
        b = line.encode("utf-8")
        while len(b) > 75:
            cut = 75
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode("utf-8"))
            b = b" " + b[cut:]
        out.append(b.decode("utf-8"))
        return "\r\n".join(out)

    lines = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0", "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, a))
    lines += ["DESCRIPTION;LANGUAGE=en-US:%s" % esc(description),
              "UID:%s" % uid, "SUMMARY;LANGUAGE=en-US:%s" % esc(summary),
              "DTSTART:%s" % start, "DTEND:%s" % end, "CLASS:PUBLIC", "PRIORITY:5",
              "DTSTAMP:%s" % dtstamp, "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              "LOCATION;LANGUAGE=en-US:%s" % esc(location),
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def wav_tone(seconds=1.5, rate=8000, seed=1):
    """A short, quiet 8 kHz mono WAV (what a PBX voicemail looks like)."""
    buf = io.BytesIO()
    w = wave.open(buf, "wb")
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(rate)
    frames = bytearray()
    n = int(seconds * rate)
    for i in range(n):
        env = min(1.0, i / 400.0) * min(1.0, (n - i) / 400.0)
        v = int(1800 * env * (math.sin(2 * math.pi * 180 * i / rate) * 0.6 + math.sin(2 * math.pi * 310 * i / rate) * 0.4)
                * (0.5 + 0.5 * math.sin(2 * math.pi * 3 * i / rate)))
        frames += struct.pack("<h", v)
    w.writeframes(bytes(frames))
    w.close()
    return buf.getvalue()


def docusign_html(sender_name, sender_email, doc_title, link, message, footer_code=None, brand_color="#4C00FF"):
    """DocuSign 'please sign' e-mail body (layout of 2025/26 notifications)."""
    alt_block = ""
    if footer_code:
        alt_block = ("<p style=\"font-size:13px;color:#666\"><b>Alternate Signing Method</b><br>"
                     "Visit DocuSign.com, click 'Access Documents', and enter the security code:<br>%s</p>" % E(footer_code))
    return """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#eaeaea"><tr><td align="center" style="padding:20px 0">
<table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td style="padding:24px 24px 0 24px;font-size:22px;font-weight:bold;color:%(c)s">Docusign</td></tr>
<tr><td style="padding:24px"><table width="100%%" cellpadding="0" cellspacing="0" style="background:%(c)s;color:#ffffff">
<tr><td align="center" style="padding:32px 24px 12px 24px;font-size:16px">%(sender)s sent you a document to review and sign.</td></tr>
<tr><td align="center" style="padding:12px 24px 32px 24px"><a href="%(link)s" style="background:#ffc820;color:#000000;text-decoration:none;font-size:15px;font-weight:bold;padding:12px 28px;border-radius:2px;display:inline-block">REVIEW DOCUMENT</a></td></tr>
</table></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:15px;color:#333"><b>%(sender)s</b><br><a href="mailto:%(email)s" style="color:#2463d1">%(email)s</a></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333;line-height:22px">%(message)s</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:13px;color:#666;line-height:19px">
<p><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
%(alt)s
<p><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.</p>
<p><b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.</p>
</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:11px;color:#999">Document: %(doc)s</td></tr>
</table></td></tr></table></body></html>
""" % dict(c=brand_color, sender=E(sender_name), email=E(sender_email), link=E(link), message=message, alt=alt_block, doc=E(doc_title))
