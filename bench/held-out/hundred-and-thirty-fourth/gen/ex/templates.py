"""Platform e-mail templates shared by genuine notifications and by the
attacks that abuse (or imitate) the same platforms."""
from . import util as U
from .core import P, esc


def docusign_email(m, sender_name, sender_email, recipient_name, message, doc_title):
    rng = m.rng
    env, acct, er = U.uuid4(rng), U.uuid4(rng), U.uuid4(rng)
    m.ds_envelope = env
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env, acct, er)
    code = U.hexs(rng, 32, True) + str(rng.randint(1, 9))
    report = "https://protect.docusign.net/report-abuse?e=AUtomjpFaJ%s&lang=en" % U.b64(rng, 36, urlsafe=True)
    text = ("%s sent you a document to review and sign.\n\nREVIEW DOCUMENT\n%s\n\n%s\n%s\n\nDear %s,\n\n%s\n\n"
            "Powered by Docusign\n\nDo Not Share This Email\nThis email contains a secure link to Docusign. Please do not "
            "share this email, link, or access code with others.\n\nAlternate Signing Method\nVisit Docusign.com, click "
            "'Access Documents', and enter the security code:\n%s\n\nAbout Docusign\nSign documents electronically in "
            "just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or "
            "even across the globe -- Docusign provides a professional trusted solution for Digital Transaction "
            "Management.\n\nQuestions about the Document?\nIf you need to modify the document or have questions about "
            "the details in the document, please reach out to the sender by emailing them directly.\n\n"
            "Stop receiving this email\nReport this email (%s) or read more about Declining to sign and Managing "
            "notifications.\n\nThis message was sent to you by %s who is using the Docusign Electronic Signature "
            "Service. If you would rather not receive email from this sender you may contact the sender with your "
            "request.\n") % (sender_name, link, sender_name, sender_email, recipient_name, message, code, report,
                             sender_name)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head><body style="padding:0;margin:0;background-color:#eaeaea">'
            '<table border="0" cellpadding="0" cellspacing="0" width="100%%" style="background-color:#eaeaea;'
            'font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:2%%"><table align="center" border="0" '
            'cellpadding="0" cellspacing="0" style="max-width:640px;background-color:#ffffff"><tr><td '
            'style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" '
            'alt="Docusign" width="116" style="border:none"></td></tr><tr><td style="padding:0 24px">'
            '<table width="100%%" style="background-color:#1e4ca1;color:#ffffff"><tr><td align="center" '
            'style="padding:28px 36px 36px 36px"><img src="https://eu.docusign.net/member/Images/email/docInvite-white.png" '
            'width="75" height="75" alt=""><p style="font-size:16px;line-height:24px;color:#ffffff">%s sent you a document '
            'to review and sign.</p><table><tr><td align="center" style="background-color:#ffc423;border-radius:2px">'
            '<a href="%s" style="font-size:15px;color:#333333;text-decoration:none;font-weight:bold;display:block;'
            'padding:0 24px;line-height:44px">REVIEW DOCUMENT</a></td></tr></table></td></tr></table></td></tr>'
            '<tr><td style="padding:24px;font-size:16px;color:#000000;line-height:20px"><b>%s</b><br><a '
            'href="mailto:%s" style="color:#2463d1">%s</a><br><br>Dear %s,<br><br>%s</td></tr>'
            '<tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;font-size:11px;color:#666666">'
            'Powered by <img src="https://eu.docusign.net/Member/Images/email/docusign-logo-small.png" alt="Docusign" '
            'width="64"></td></tr></table><table align="center" style="max-width:640px;font-size:13px;color:#666666;'
            'line-height:18px"><tr><td style="padding:30px 24px 45px 24px"><b>Do Not Share This Email</b><br>This email '
            'contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>'
            '<b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security '
            'code:<br>%s<br><br><b>About Docusign</b><br>Sign documents electronically in just minutes. It\'s safe, secure, '
            'and legally binding.<br><br><b>Questions about the Document?</b><br>If you need to modify the document or have '
            'questions about the details in the document, please reach out to the sender by emailing them directly.'
            '<br><br><b>Stop receiving this email</b><br><a href="%s" style="color:#2463d1">Report this email</a> or read '
            'more about <a href="https://support.docusign.com/s/articles/How-do-I-decline-to-sign-a-document" '
            'style="color:#2463d1">Declining to sign</a> and <a href="https://support.docusign.com/s/articles/'
            'How-to-Manage-Notification-Preferences" style="color:#2463d1">Managing notifications</a>.<br><br>This message '
            'was sent to you by %s who is using the Docusign Electronic Signature Service. If you would rather not receive '
            'email from this sender you may contact the sender with your request.</td></tr></table></td></tr></table>'
            '</body></html>\n') % (
        esc(doc_title), esc(sender_name), link.replace("&", "&amp;"), esc(sender_name), sender_email, sender_email,
        esc(recipient_name), esc(message).replace("\n", "<br>"), code, report.replace("&", "&amp;"), esc(sender_name))
    b = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9), U.ts(m.date) * 1000)
    return P("multipart/alternative", boundary=b, children=[
        P("text/plain", text=text, charset="utf-8", cte="quoted-printable"),
        P("text/html", text=html, charset="utf-8", cte="quoted-printable")]), link


def adobe_sign_email(m, sender_name, sender_email, recipient_name, message, agreement, lang_note=""):
    rng = m.rng
    pid = "CBFCIBAA3AAABLblqZhB" + U.b64(rng, 36, urlsafe=True)
    m.agreement_id = "CBJCHBCAABAA" + U.b64(rng, 24, urlsafe=True)
    link = "https://secure.eu1.adobesign.com/public/apiesign?pid=%s&client_id=%s" % (pid, U.alnum(rng, 24))
    text = ("%s (%s) has requested your signature on %s\n\nReview and sign:\n%s\n\nMessage from %s:\n%s\n\n"
            "After you sign %s, the agreement will be sent to all parties by email.\n\nPlease do not forward this email "
            "to others: anyone with this link can sign on your behalf.\n\nPowered by Adobe Acrobat Sign\n"
            "Terms of Use: https://www.adobe.com/legal/terms.html  Report abuse: "
            "https://www.adobe.com/go/adobesign_report_abuse\n") % (
        sender_name, sender_email, agreement, link, sender_name, message, agreement)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="margin:0;background:#f4f4f4;font-family:adobe-clean,Helvetica,Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #eb1000">'
            '<tr><td style="padding:24px 32px;font-size:14px;color:#2c2c2c"><img src="https://secure.eu1.adobesign.com/'
            'images/emailNextGen/adobe-acrobat-sign-logo.png" width="160" alt="Adobe Acrobat Sign"><h2 '
            'style="font-size:20px;font-weight:normal">%s</h2><p><b>%s</b> (<a href="mailto:%s">%s</a>) has requested '
            'your signature</p><p style="padding:16px 0"><a href="%s" style="background:#1473e6;color:#ffffff;'
            'padding:10px 24px;border-radius:16px;text-decoration:none;font-weight:bold">Review and sign</a></p>'
            '<p style="border-left:3px solid #ddd;padding-left:12px;color:#444">%s</p><p style="font-size:12px;'
            'color:#6e6e6e">After you sign %s, the agreement will be sent to all parties by email.</p><p '
            'style="font-size:12px;color:#6e6e6e">Please do not forward this email to others: anyone with this link can '
            'sign on your behalf.</p></td></tr><tr><td style="padding:16px 32px;font-size:11px;color:#8e8e8e;'
            'background:#fafafa">Powered by Adobe Acrobat Sign &middot; <a href="https://www.adobe.com/legal/terms.html">'
            'Terms of Use</a> &middot; <a href="https://www.adobe.com/go/adobesign_report_abuse">Report abuse</a></td>'
            '</tr></table></td></tr></table></body></html>\n') % (
        esc(agreement), esc(sender_name), sender_email, sender_email, link.replace("&", "&amp;"),
        esc(message).replace("\n", "<br>"), esc(agreement))
    b = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9), U.ts(m.date) * 1000)
    return P("multipart/alternative", boundary=b, children=[
        P("text/plain", text=text, charset="UTF-8", cte="quoted-printable"),
        P("text/html", text=html, charset="UTF-8", cte="quoted-printable")]), link


def google_alert(m, email_addr, lang, device, when_text):
    """Google 'new sign-in' security alert (HTML + text)."""
    rng = m.rng
    tok = U.b64(rng, 30, urlsafe=True)
    link = "https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D127%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0" % (
        email_addr.replace("@", "%40"), U.ts(m.date) * 1000, tok)
    if lang == "es":
        title = "Nuevo inicio de sesión en %s" % device
        body = ("Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo %s. Si has sido "
                "tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta." % device)
        btn = "Consultar actividad"
        foot = ("También puedes ver la actividad de seguridad en\nhttps://myaccount.google.com/notifications\n\n"
                "Te hemos enviado este correo electrónico para informarte de cambios importantes en tu cuenta y en "
                "los servicios de Google.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")
    else:
        title = "A new sign-in on %s" % device
        body = ("We noticed a new sign-in to your Google Account on a %s device. If this was you, you don't need to do "
                "anything. If not, we'll help you secure your account." % device)
        btn = "Check activity"
        foot = ("You can also see security activity at\nhttps://myaccount.google.com/notifications\n\n"
                "You received this email to let you know about important changes to your Google Account and services."
                "\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")
    text = "[image: Google]\n%s\n\n%s\n%s\n\n%s\n%s\n\n%s\n" % (title, email_addr, when_text, body, link, foot)
    html = ('<!DOCTYPE html><html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<meta name="format-detection" content="email=no"><meta name="format-detection" content="date=no">'
            '</head><body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%%" height="100%%" '
            'style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="%s"><tr height="32" '
            'style="height:32px"><td></td></tr><tr align="center"><td><div><div></div></div><table border="0" '
            'cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px"><tr><td '
            'width="8" style="width:8px"></td><td><div style="border-style:solid;border-width:thin;border-color:#dadce0;'
            'border-radius:8px;padding:40px 20px" align="center"><img src="https://www.gstatic.com/images/branding/'
            'googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" '
            'style="margin-bottom:16px" alt="Google"><div style="font-family:\'Google Sans\',Roboto,RobotoDraft,'
            'Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;'
            'padding-bottom:24px;text-align:center;word-break:break-word"><div style="font-size:24px">%s</div>'
            '<table align="center" style="margin-top:8px"><tr style="line-height:normal"><td><a style="font-family:'
            '\'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;'
            'line-height:20px">%s</a></td></tr></table></div><div style="font-family:Roboto-Regular,Helvetica,Arial,'
            'sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:center">%s'
            '<div style="padding-top:32px;text-align:center"><a href="%s" style="font-family:\'Google Sans\',Roboto,'
            'RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;'
            'font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px;'
            'min-width:90px" target="_blank">%s</a></div></div><div style="padding-top:20px;font-size:12px;'
            'line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">%s</div></div><div '
            'style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:'
            'rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">%s</div></div></td>'
            '<td width="8" style="width:8px"></td></tr></table></td></tr><tr height="32" style="height:32px"><td></td>'
            '</tr></table></body></html>\n') % (
        lang, lang, esc(title), esc(email_addr), esc(body), link.replace("&", "&amp;"), esc(btn),
        esc(foot.split("\n\n")[0]).replace("\n", "<br>").replace(
            "https://myaccount.google.com/notifications",
            '<a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a>'),
        esc(foot.split("\n\n")[1]).replace("\n", "<br>"))
    return P("multipart/alternative", boundary=U.gmail_boundary(rng), children=[
        P("text/plain", text=text, charset="UTF-8", cte="quoted-printable", ct_style="std"),
        P("text/html", text=html, charset="UTF-8", cte="quoted-printable")]), link


def ics(uid, organizer, attendees, start, end, summary, location, description, stamp, method="REQUEST",
        tzid="W. Europe Standard Time", seq=0):
    """RFC 5545 VCALENDAR as Exchange writes it (folded at 75 octets, CRLF)."""
    def esc_ics(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line.encode("utf-8")
        out = []
        while len(b) > 75:
            cut = 75 if not out else 74
            while cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b[cut:]
        out.append(b)
        return b"\r\n ".join(out).decode("utf-8")
    lines = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:%s" % tzid, "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
             "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, a))
    lines += ["DESCRIPTION;LANGUAGE=en-US:%s" % esc_ics(description), "UID:%s" % uid,
              "SUMMARY;LANGUAGE=en-US:%s" % esc_ics(summary),
              "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end), "CLASS:PUBLIC",
              "PRIORITY:5", "DTSTAMP:%s" % stamp, "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:%d" % seq,
              "LOCATION;LANGUAGE=en-US:%s" % esc_ics(location), "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq,
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n")
